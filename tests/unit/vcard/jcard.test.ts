/**
 * jCard (RFC 7095) against the RFC's rules and its own example: the rule checker accepts RFC
 * 7095 Appendix B.1, ical.js turns RFC 6350's example card into exactly that jCard (so ical.js,
 * our reader, agrees with the RFC), and our jCards, the office's and arbitrary ones, break no rule.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJCard } from "../../../src/formats/vcard";
import { contact } from "./arbitraries";
import { readWithIcal } from "./ical";
import { jCardViolations } from "./jcard-rules";
import { readFixture, shippedContact } from "./helpers";

// ical.js's copy of the example carries jCal's empty list of sub-components; RFC 7095 has none.
const [, rfcProperties] = JSON.parse(readFixture("peers/icaljs-vcard_author.json")) as [string, unknown[]];
const RFC_7095_B1 = ["vcard", rfcProperties];

/** A jCard of a VERSION and `property`: each rejected card below breaks one rule only. */
const withVersion = (property: unknown[]) => ["vcard", [["version", {}, "text", "4.0"], property]];

describe("the RFC 7095 rule checker", () => {
  it("accepts RFC 7095's own example (Appendix B.1)", () => {
    expect(jCardViolations(RFC_7095_B1)).toEqual([]);
  });

  it.each([
    ["an upper-case property name", withVersion(["FN", {}, "text", "x"])],
    ["a VALUE parameter", withVersion(["tel", { value: "uri" }, "uri", "tel:+1"])],
    ["a value type RFC 7095 does not name", withVersion(["fn", {}, "string", "x"])],
    ["a number as a parameter value", withVersion(["tel", { pref: 1 }, "uri", "tel:+1"])],
    ["a basic-format timestamp", withVersion(["rev", {}, "timestamp", "20261128T000000Z"])],
    ["no version", ["vcard", [["fn", {}, "text", "x"]]]],
    ["a third element", ["vcard", [["version", {}, "text", "4.0"]], []]],
  ])("rejects %s", (_, jcard) => {
    expect(jCardViolations(jcard)).not.toEqual([]);
  });
});

describe("ical.js, the reader our tests trust", () => {
  it("reads RFC 6350's example card as RFC 7095's jCard of it", () => {
    expect(readWithIcal(readFixture("peers/icaljs-vcard_author.vcf").replace(/\r?\n/g, "\r\n"), "4.0")).toEqual(
      RFC_7095_B1,
    );
  });
});

describe("our jCard", () => {
  it("of the office breaks no RFC 7095 rule", () => {
    expect(jCardViolations(toJCard(shippedContact()))).toEqual([]);
  });

  it("of any contact breaks no RFC 7095 rule", () => {
    fc.assert(
      fc.property(contact, (c) => {
        expect(jCardViolations(toJCard(c))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts VERSION first, names the group as a parameter and drops VALUE", () => {
    const [, properties] = toJCard(shippedContact());
    expect(properties[0]).toEqual(["version", {}, "text", "4.0"]);
    expect(properties.find((p) => p[0] === "tel")).toEqual([
      "tel",
      { group: "item1", type: ["work", "voice"] },
      "uri",
      "tel:+861064167544",
    ]);
  });

  it("is computed once and shared frozen, so no caller can change another's", () => {
    const office = shippedContact();
    const jcard = toJCard(office);
    expect(toJCard(office)).toBe(jcard);
    expect(Object.isFrozen(jcard) && Object.isFrozen(jcard[1]) && Object.isFrozen(jcard[1][0])).toBe(true);
  });
});
