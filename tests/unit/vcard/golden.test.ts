/**
 * The office's cards as people receive them, compared byte for byte with the golden files
 * (read by eye once). After a deliberate change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/vcard/golden.test.ts` and read the diff.
 */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toJCard, toVCard } from "../../../src/formats/vcard";
import { FIXTURES, readFixture, shippedContact } from "./helpers";

const contact = shippedContact();
const goldens = [
  { name: "beijing-office.v3.vcf", text: () => toVCard(contact, { version: "3.0" }) },
  { name: "beijing-office.v4.vcf", text: () => toVCard(contact, { version: "4.0" }) },
  { name: "beijing-office.jcard.json", text: () => `${JSON.stringify(toJCard(contact), null, 2)}\n` },
];

describe.each(goldens)("the golden $name", ({ name, text }) => {
  it("equals what the writer produces for the shipped contact", () => {
    if (process.env.UPDATE_GOLDEN) writeFileSync(new URL(name, FIXTURES), text());
    expect(text()).toBe(readFixture(name));
  });
});

describe("the golden cards", () => {
  it("are the default 3.0 card when no version is asked for", () => {
    expect(toVCard(contact)).toBe(readFixture("beijing-office.v3.vcf"));
  });

  it("are UTF-8 without a byte order mark, every line ended by CRLF", () => {
    for (const name of ["beijing-office.v3.vcf", "beijing-office.v4.vcf"]) {
      const text = readFixture(name);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.endsWith("END:VCARD\r\n")).toBe(true);
      expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    }
  });
});
