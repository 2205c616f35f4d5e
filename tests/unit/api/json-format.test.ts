/** The friendly JSON: the office's golden file, and every generated contact against the schema. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDirectory } from "../../../src/cli/generate/directory";
import { phoneTypeWord, toContactJson } from "../../../src/formats/json";
import { ContactJsonSchema } from "../../../src/formats/json-schema";
import { validateDirectory } from "../../../src/validate/directory";
import { shippedOffice } from "./helpers";

const ORIGIN = "https://contact.example";
const golden = JSON.parse(readFileSync(new URL("../../fixtures/api/beijing-office.json", import.meta.url), "utf8"));

describe("toContactJson", () => {
  it("writes the office as the golden JSON", () => {
    expect(toContactJson(shippedOffice(), { origin: ORIGIN })).toEqual(golden);
  });

  it("gives each phone every written form, its uses and its chat link", () => {
    const [office, whatsapp] = toContactJson(shippedOffice(), { origin: ORIGIN }).phones;
    expect(office).toMatchObject({
      e164: "+861064167544",
      international: "+86 10 6416 7544",
      national: "010 6416 7544",
      uri: "tel:+861064167544",
      type: "fixed-line",
      country: "CN",
      uses: ["calls"],
      messaging: [],
    });
    expect(whatsapp).toMatchObject({
      e164: "+447822014058",
      type: "mobile",
      country: "GB",
      uses: ["messages"],
      messaging: [{ app: "whatsapp", name: "WhatsApp", url: "https://wa.me/447822014058" }],
    });
  });

  it("links every representation absolutely, under the origin asked for", () => {
    const links = toContactJson(shippedOffice(), { origin: "https://cards.example.org" }).links;
    for (const url of Object.values(links)) expect(url.startsWith("https://cards.example.org/")).toBe(true);
    expect(links.jscontact).toBe("https://cards.example.org/v1/contacts/beijing-office?format=jscontact");
  });

  it.each([
    ["FIXED_LINE_OR_MOBILE", "fixed-line-or-mobile"],
    ["TOLL_FREE", "toll-free"],
    ["UNKNOWN", "unknown"],
  ] as const)("names libphonenumber-js's %s as %s", (type, word) => {
    expect(phoneTypeWord(type)).toBe(word);
  });

  it("matches its schema for every kind of generated contact", () => {
    const files = generateDirectory({ count: 150, seed: 11 }).map((f) => ({
      name: `${f.id}.json`,
      text: JSON.stringify(f),
    }));
    const { contacts } = validateDirectory(files, undefined, "2026-11-29");
    expect(new Set(contacts.map((c) => c.kind))).toEqual(new Set(["organisation", "office", "person"]));
    for (const contact of contacts) {
      const result = ContactJsonSchema.safeParse(toContactJson(contact, { origin: ORIGIN }));
      expect(result.success, `${contact.id}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });
});
