/**
 * @module Whether an English proper name is the pinyin of a Chinese one (草园胡同 ↔ Caoyuan
 * Hutong), with the generic words of addresses understood in both languages. Readings come
 * from `pinyin-pro`, every reading of a polyphonic character allowed (厦 sha/xia). Pure.
 *
 * Only pinyin-pro's character dictionary (`polyphonic`) is used: it is what matching needs, and
 * its word dictionaries would cost the worker 60 KiB gzipped for no rule (see phonetic.ts).
 */
import { polyphonic } from "pinyin-pro";

/**
 * Generic words that end a Chinese place name, longest first, with the English words that may
 * stand for them. The pinyin of the generic (区 → "qu") is always accepted too, and a city's
 * 市 may be left out in English ("Beijing" for 北京市).
 */
const GENERICS: readonly (readonly [string, readonly string[]])[] = [
  ["特别行政区", ["special administrative region", "sar", ""]],
  ["维吾尔自治区", ["uygur autonomous region", "uyghur autonomous region", ""]],
  ["壮族自治区", ["zhuang autonomous region", ""]],
  ["回族自治区", ["hui autonomous region", ""]],
  ["自治区", ["autonomous region", ""]],
  ["自治州", ["autonomous prefecture", "prefecture"]],
  ["自治县", ["autonomous county", "county"]],
  ["开发区", ["development zone"]],
  ["新区", ["new area", "new district"]],
  ["街道", ["subdistrict", "street"]],
  ["大街", ["street", "avenue", "road"]],
  ["大道", ["avenue", "boulevard", "road"]],
  ["胡同", ["hutong", "lane", "alley"]],
  ["大厦", ["building", "tower", "mansion", "plaza", "center", "centre"]],
  ["大楼", ["building", "tower"]],
  ["中心", ["center", "centre"]],
  ["广场", ["plaza", "square"]],
  ["花园", ["garden", "gardens"]],
  ["公寓", ["apartments", "apartment"]],
  ["小区", ["residential area", "community", "estate"]],
  // Administrative words are often left out in English ("Beijing", "Guangdong").
  ["省", ["province", ""]],
  ["市", ["city", ""]],
  ["区", ["district", ""]],
  ["县", ["county", ""]],
  ["镇", ["town"]],
  ["乡", ["township"]],
  ["村", ["village"]],
  ["街", ["street"]],
  ["路", ["road", "street"]],
  ["道", ["road", "avenue"]],
  ["巷", ["lane", "alley"]],
  ["弄", ["lane"]],
  ["里", ["lane", "li"]],
  ["楼", ["building", "tower"]],
  ["厦", ["building", "tower", "mansion"]],
  ["园", ["garden", "park"]],
];

/**
 * English names of places that are not their pinyin but are official or universal (陕西 is
 * "Shaanxi" to tell it from 山西 Shanxi); the pinyin is accepted for them too.
 */
const CONVENTIONAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  陕西: ["shaanxi"],
  内蒙古: ["innermongolia"],
  西藏: ["tibet"],
  香港: ["hongkong"],
  澳门: ["macao", "macau"],
  乌鲁木齐: ["urumqi"],
  拉萨: ["lhasa"],
  呼和浩特: ["hohhot"],
  哈尔滨: ["harbin"],
  喀什: ["kashgar"],
};

/** Lower-case ASCII letters and digits only: tones, ü, spaces, apostrophes and hyphens removed. */
export function foldLatin(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// A directory repeats the same few thousand characters: read each once.
const READINGS = new Map<string, string[]>();

/** Every reading of each character of `chinese`, without tones; ü as "u" or "v" (绿: lu, lv). */
export function readingsOf(chinese: string): string[][] {
  return [...chinese].map((ch) => {
    let options = READINGS.get(ch);
    if (!options) {
      const raw = /\p{Script=Han}/u.test(ch)
        ? (polyphonic(ch, { type: "array", toneType: "none", v: true })[0] ?? [])
        : [ch];
      options = [...new Set(raw.flatMap((r) => [foldLatin(r), foldLatin(r.replace(/v/g, "u"))]))].filter(Boolean);
      READINGS.set(ch, options);
    }
    return options;
  });
}

/** The ways `chinese` may be spelt in pinyin, in pinyin-pro's order, at most `max` (厦门: shamen, xiamen). */
export function spellings(chinese: string, max = 3): string[] {
  let out = [""];
  for (const options of readingsOf(chinese)) {
    // ü's second spelling ("lv" beside "lu") is accepted but not worth showing.
    const shown = options.filter((o, i) => i === 0 || !(o.includes("v") && options.includes(o.replace(/v/g, "u"))));
    out = out.flatMap((prefix) => shown.map((o) => prefix + o)).slice(0, max);
  }
  return out.filter(Boolean);
}

/** True when folded `latin` is exactly one reading of each character of `chinese`, in order. */
export function spellsPinyin(latin: string, chinese: string): boolean {
  const target = foldLatin(latin);
  if (CONVENTIONAL_NAMES[chinese]?.includes(target)) return true;
  const readings = readingsOf(chinese).filter((options) => options.length > 0);
  // reachable[i]: the first i letters of target can be spelt by a prefix of the characters.
  let positions = new Set([0]);
  for (const options of readings) {
    const next = new Set<number>();
    for (const pos of positions) for (const r of options) if (target.startsWith(r, pos)) next.add(pos + r.length);
    if (next.size === 0) return false;
    positions = next;
  }
  return positions.has(target.length) && target.length > 0;
}

/** A Chinese name split into its proper part and its generic word (`草园` + `胡同`). */
export function splitGeneric(chinese: string): { core: string; generic?: string; english: readonly string[] } {
  for (const [generic, english] of GENERICS) {
    if (chinese.length > generic.length && chinese.endsWith(generic)) {
      return { core: chinese.slice(0, -generic.length), generic, english };
    }
  }
  return { core: chinese, english: [] };
}

/** Whether `english` names the same place as `chinese`, and the pinyin expected if not. */
export function matchPlaceName(english: string, chinese: string): { ok: boolean; expected: string } {
  const { core, generic, english: words } = splitGeneric(chinese);
  const folded = foldLatin(english);
  const expected = spellings(core).join(" or ");
  if (spellsPinyin(english, chinese)) return { ok: true, expected };
  if (generic) {
    const endings = [
      ...words.map(foldLatin),
      ...readingsOf(generic).reduce<string[]>((acc, options) => acc.flatMap((a) => options.map((o) => a + o)), [""]),
    ];
    for (const ending of new Set(endings)) {
      if (folded.endsWith(ending) && spellsPinyin(folded.slice(0, folded.length - ending.length), core))
        return { ok: true, expected };
    }
  }
  return { ok: false, expected };
}
