/**
 * Nothing lost: arbitrary contacts full of text that vCard writers get wrong, written in both
 * versions and read back by ical.js (an independent parser), and by `vcf` for what `vcf` reads
 * correctly. 1,000 contacts a run, each in both versions.
 */
import fc from "fast-check";
import vCard from "vcf";
import { describe, expect, it } from "vitest";
import { toJCard, toVCard, vCardProperties, type JCard } from "../../../src/formats/vcard";
import { jCardProperty } from "../../../src/formats/vcard/jcard";
import { MAX_LINE_OCTETS } from "../../../src/formats/vcard/fold";
import { VCARD_VERSIONS } from "../../../src/formats/vcard/property";
import { contact } from "./arbitraries";
import { expectedView, readView } from "./contract";
import { readWithIcal, stringifyWithIcal } from "./ical";

const RUNS = { numRuns: 1000 };
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A property as ical.js reports it, without the value type (3.0's types differ by design). */
const withoutType = ([name, params, , ...values]: unknown[]) => [name, params, ...values];

describe.each(VCARD_VERSIONS)("a %s card of any contact", (version) => {
  it("reads back, through ical.js, property for property as it was written", () => {
    fc.assert(
      fc.property(contact, (c) => {
        const read = readWithIcal(toVCard(c, { version }), version);
        const written = [["version", {}, "text", version], ...vCardProperties(c, version).map(jCardProperty)];
        expect(read[1].map(withoutType)).toEqual(written.map(withoutType));
      }),
      RUNS,
    );
  });

  it("gives back every field of the contact where the mapping puts it", () => {
    fc.assert(
      fc.property(contact, (c) => {
        const view = readView(readWithIcal(toVCard(c, { version }), version), version);
        expect({ ...view, uid: "" }).toEqual(expectedView(c, version));
      }),
      RUNS,
    );
  });

  it("has only lines of at most 75 octets, each valid UTF-8 on its own and ended by CRLF", () => {
    fc.assert(
      fc.property(contact, (c) => {
        const card = toVCard(c, { version });
        expect(card.endsWith("\r\n")).toBe(true);
        for (const line of card.slice(0, -2).split("\r\n")) {
          expect(line).not.toMatch(/[\r\n]/);
          const bytes = new TextEncoder().encode(line);
          expect(bytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          expect(strictUtf8.decode(bytes)).toBe(line);
        }
      }),
      RUNS,
    );
  });

  it("agrees with vcf on what vcf reads correctly: names, groups, types, URIs and numbers", () => {
    // vcf unescapes nothing and splits parameters on every ";" and ":", quoted or not; it
    // reads the rest right. Lines with a quoted parameter are left to ical.js.
    fc.assert(
      fc.property(contact, (c) => {
        const checked = vCardProperties(c, version).filter(
          (p) => !p.params.some((q) => q.values.some((v) => /[^A-Za-z0-9._+/-]/.test(v))),
        );
        const parsed = new vCard().parse(toVCard(c, { version }));
        const seen = Object.values(parsed.data).flatMap((v) => (Array.isArray(v) ? v : [v]));
        // vcf keeps every line, garbled or not, in order: the k-th property of a name is ours.
        const ordinal = new Map<string, number>();
        for (const p of vCardProperties(c, version)) {
          const field = p.name.toLowerCase().replace(/-/g, "");
          const k = ordinal.get(field) ?? 0;
          ordinal.set(field, k + 1);
          if (!checked.includes(p)) continue;
          const match = seen.filter((s) => s._field.toLowerCase() === field)[k];
          expect(match, `${p.group ?? ""}.${p.name}`).toBeDefined();
          expect(match!.group).toBe(p.group);
          if (p.value.type === "uri" || p.value.type === "phone-number") expect(match!._data).toBe(p.value.value);
          const types = p.params.find((q) => q.name === "TYPE")?.values.map((t) => t.toLowerCase());
          if (types) expect([match!.type].flat()).toEqual(types);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("the 4.0 card and its jCard", () => {
  it("are the same card: ical.js reads the 4.0 text as exactly our jCard", () => {
    fc.assert(
      fc.property(contact, (c) => {
        expect(readWithIcal(toVCard(c, { version: "4.0" }), "4.0")).toEqual(toJCard(c));
      }),
      RUNS,
    );
  });

  it("survive the trip jCard → vCard by ical.js → jCard unchanged", () => {
    // RFC 7095 §3.3.1.3 allows a one-component compound value as an array too; ical.js
    // converts only that form right (it writes a lone string's ";" unescaped), so it gets it.
    const asArrays = (jcard: JCard): JCard => [
      "vcard",
      jcard[1].map(([name, params, type, ...values]) => [
        name,
        params,
        type,
        ...(["n", "adr", "org"].includes(name) && typeof values[0] === "string" ? [[values[0]]] : values),
      ]),
    ];
    fc.assert(
      fc.property(contact, (c) => {
        expect(readWithIcal(stringifyWithIcal(asArrays(toJCard(c))), "4.0")).toEqual(toJCard(c));
      }),
      { numRuns: 300 },
    );
  });
});
