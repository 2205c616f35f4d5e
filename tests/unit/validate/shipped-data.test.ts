/** The shipped data passes and normalises to what every representation relies on. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contactFileJsonSchema } from "../../../src/cli/schema";
import { validateContactText } from "../../../src/validate/contact";
import { SHIPPED_TEXT } from "./helpers";

describe("the shipped Beijing office", () => {
  const result = validateContactText(SHIPPED_TEXT, {
    file: "data/beijing-office.json",
    expectedId: "beijing-office",
    today: "2026-11-28",
  });

  it("has no problem at all, not even a warning", () => {
    expect(result.problems).toEqual([]);
  });

  it("normalises both phones with libphonenumber-js's formats and the WhatsApp link", () => {
    expect(result.contact?.phones).toEqual([
      {
        e164: "+861064167544",
        country: "CN",
        type: "FIXED_LINE",
        international: "+86 10 6416 7544",
        national: "010 6416 7544",
        uri: "tel:+861064167544",
        for: ["calls"],
        apps: [],
        links: [],
        context: "work",
        label: { en: "Office", "zh-Hans": "办公室" },
      },
      {
        e164: "+447822014058",
        country: "GB",
        type: "MOBILE",
        international: "+44 7822 014058",
        national: "07822 014058",
        uri: "tel:+447822014058",
        for: ["messages"],
        apps: ["whatsapp"],
        links: [{ app: "whatsapp", url: "https://wa.me/447822014058" }],
        context: "work",
        label: { en: "WhatsApp (messages only)", "zh-Hans": "WhatsApp（仅限信息）" },
      },
    ]);
  });

  it("writes the address in each language's own order", () => {
    expect(result.contact?.address?.lines).toEqual({
      en: ["Room A409, Jucai Building", "No. 76 Caoyuan Hutong", "Dongcheng District", "Beijing 100027", "PR China"],
      "zh-Hans": ["中国北京市东城区草园胡同76号聚才大厦A座409室", "邮编 100027"],
    });
  });

  it("leaves the organisation unnamed and invents no email", () => {
    expect(result.contact?.organisation).toBeUndefined();
    expect(result.contact?.emails).toEqual([]);
    expect(SHIPPED_TEXT).not.toMatch(/@/);
  });

  it("carries the pinyin of its Chinese name for sorting", () => {
    expect(result.contact?.phonetic).toEqual({ name: "bei jing ban gong shi" });
  });
});

describe("data/schema.json", () => {
  it("is the schema generated from the validator's own (run npm run schema after changing it)", () => {
    const committed = readFileSync(new URL("../../../data/schema.json", import.meta.url), "utf8");
    expect(committed).toBe(contactFileJsonSchema());
  });
});
