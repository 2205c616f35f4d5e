/** JSContact address components (RFC 9553 §2.5.1): they join into the display lines, in both languages. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressComponents, DEFAULT_SEPARATORS, joinComponents } from "../../../src/formats/jscontact-address";
import type { AddressParts } from "../../../src/model/contact";
import { chineseLines, englishLines } from "../../../src/model/address-lines";

const part = fc.option(
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== ""),
  { nil: undefined },
);
const partsArb = fc.record({
  room: part,
  floor: part,
  building: part,
  streetNumber: part,
  street: part,
  district: part,
  locality: part,
  region: part,
  country: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.trim() !== ""),
});
const postcodeArb = fc.option(fc.stringMatching(/^[0-9]{3,6}$/), { nil: undefined });

const withoutUndefined = (p: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as unknown as AddressParts;

describe("addressComponents", () => {
  it.each([
    ["en", englishLines],
    ["zh-Hans", chineseLines],
  ] as const)("join, with the %s default separator, into the display lines", (language, lines) => {
    fc.assert(
      fc.property(partsArb, postcodeArb, (raw, postcode) => {
        const parts = withoutUndefined(raw);
        const components = addressComponents(parts, language, postcode);
        expect(joinComponents(components, DEFAULT_SEPARATORS[language])).toBe(lines(parts, postcode).join("\n"));
        // RFC 9553 §2.5.1.2: separators only between two components, never two in a row.
        expect(components[0]!.kind).not.toBe("separator");
        expect(components.at(-1)!.kind).not.toBe("separator");
        components.forEach((c, i) => {
          if (c.kind === "separator") expect(components[i + 1]!.kind).not.toBe("separator");
        });
      }),
      { numRuns: 500 },
    );
  });
});
