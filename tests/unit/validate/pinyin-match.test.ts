/** English place names against their Chinese counterparts, via pinyin-pro's readings. */
import { describe, expect, it } from "vitest";
import { readInContext } from "../../../src/cli/phonetic-in-context";
import { readByCharacter } from "../../../src/validate/phonetic";
import { foldLatin, matchPlaceName, spellings, spellsPinyin } from "../../../src/validate/pinyin-match";
import { alphanumericRuns, chineseScriptProblem, latinScriptProblem } from "../../../src/validate/script";

describe("matchPlaceName", () => {
  it.each([
    ["Caoyuan Hutong", "草园胡同"],
    ["Dongcheng District", "东城区"],
    ["Dongcheng", "东城区"],
    ["Dongcheng Qu", "东城区"],
    ["Beijing", "北京市"],
    ["Beijing City", "北京市"],
    ["Jucai Building", "聚才大厦"],
    ["Xiamen", "厦门市"],
    ["Chongqing", "重庆市"],
    ["Lüyuan Road", "绿园路"],
    ["Lvyuan Road", "绿园路"],
    ["Luyuan Road", "绿园路"],
    ["Xi'an", "西安市"],
    ["DONGCHENG  district", "东城区"],
    ["Guangxi Zhuang Autonomous Region", "广西壮族自治区"],
    ["Chang'an Avenue", "长安大街"],
    ["Tong'an Road", "同安路"],
    ["Shaanxi", "陕西省"],
    ["Inner Mongolia Autonomous Region", "内蒙古自治区"],
    ["Tibet", "西藏自治区"],
    ["Urumqi", "乌鲁木齐市"],
    ["Harbin", "哈尔滨市"],
  ])("accepts %s for %s", (english, chinese) => {
    expect(matchPlaceName(english, chinese).ok).toBe(true);
  });

  it.each([
    ["Chaoyang District", "东城区", "dongcheng"],
    ["Caoyuan", "草园胡同", "caoyuan"],
    ["Tonga Road", "同安路", "tongan"],
    ["Ximen", "厦门市", "shamen or xiamen"],
    ["Caoyuan Road", "草园胡同", "caoyuan"],
    ["Shanghai", "北京市", "beijing"],
    ["Jucai", "聚才大厦", "jucai"],
    ["Dongchen District", "东城区", "dongcheng"],
  ])("refuses %s for %s, expecting %s", (english, chinese, expected) => {
    expect(matchPlaceName(english, chinese)).toEqual({ ok: false, expected });
  });
});

describe("pinyin helpers", () => {
  it("reads polyphonic characters in context at build time", () => {
    expect(readInContext("厦门")).toBe("xia men");
    expect(readInContext("重庆")).toBe("chong qing");
    expect(readInContext("曾", { surname: true })).toBe("zeng");
  });

  it("reads character by character in the worker, each by its first reading", () => {
    expect(readByCharacter("北京办公室")).toBe("bei jing ban gong shi");
    expect(readByCharacter("厦门")).toBe("sha men");
  });

  it("lists the spellings of a polyphonic name for messages, ü once", () => {
    expect(spellings("厦门")).toEqual(["shamen", "xiamen"]);
    expect(spellings("绿园")).toEqual(["lvyuan", "luyuan"]);
    expect(spellings("东城")).toEqual(["dongcheng"]);
  });

  it("folds tones, case, spaces and apostrophes", () => {
    expect(foldLatin("Běijīng Xī'ān-Road")).toBe("beijingxianroad");
  });

  it("accepts any reading of each character but not a partial spelling", () => {
    expect(spellsPinyin("shamen", "厦门")).toBe(true);
    expect(spellsPinyin("xiamen", "厦门")).toBe(true);
    expect(spellsPinyin("xiame", "厦门")).toBe(false);
    expect(spellsPinyin("", "厦门")).toBe(false);
  });
});

describe("scripts", () => {
  it("takes the letters and digits of A座409室 as A and 409, full-width too", () => {
    expect(alphanumericRuns("A座409室")).toEqual(["A", "409"]);
    expect(alphanumericRuns("Ａ座４０９室")).toEqual(["A", "409"]);
    expect(alphanumericRuns("Room a409")).toEqual(["ROOM", "A", "409"]);
  });

  it("wants Han characters in Chinese fields and no Han in English ones", () => {
    expect(chineseScriptProblem("聚才大厦")).toBeUndefined();
    expect(chineseScriptProblem("A座409室")).toBeUndefined();
    expect(chineseScriptProblem("Jucai")).toBe("is not written in Chinese characters");
    expect(chineseScriptProblem("聚才大厦 😀")).toBe('contains "😀", which does not belong in a Chinese address');
    expect(latinScriptProblem("Jucai Building")).toBeUndefined();
    expect(latinScriptProblem("Jucai 大厦")).toBe('contains the character "大", which is not Latin script');
    expect(latinScriptProblem("—")).toBe("has no Latin letters or digits");
  });
});
