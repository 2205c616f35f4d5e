/**
 * Nothing lost (issue 6): for random contact files that pass the validator, every value of
 * the file is found, equal, in every representation: the friendly JSON, JSContact, jCard,
 * and vCard 3.0 and 4.0 as ical.js (an independent parser) reads them back. A value is
 * found when it is a whole string of the representation (a property value, a structured
 * component, a parameter), written as that format writes it: a phone as E.164 or its tel:
 * URI, a date as the start of a timestamp. What a format leaves out on purpose is listed in
 * `OMITTED` with the module that documents it; anything else missing is a loss.
 * PROPERTY_RUNS=N runs longer than the CI-sized default.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toContactJson } from "../../../src/formats/json";
import { toJSContact } from "../../../src/formats/jscontact";
import { toJCard, toVCard } from "../../../src/formats/vcard";
import { contactUid } from "../../../src/formats/vcard/uid";
import type { Contact } from "../../../src/model/contact";
import type { ContactFile } from "../../../src/model/schema";
import { readWithIcal } from "../vcard/ical";
import { validFile } from "./valid-files";

const RUNS = Number(process.env.PROPERTY_RUNS) || 150;
const ORIGIN = "https://contact.example";

const FORMATS = ["json", "jscontact", "jcard", "vcard 4.0", "vcard 3.0"] as const;
type Format = (typeof FORMATS)[number];
const VCARDS: readonly Format[] = ["jcard", "vcard 4.0", "vcard 3.0"];

/**
 * Fields a format leaves out by design, by the first segment(s) of their path, each with where
 * the design is written down.
 */
const OMITTED: readonly {
  readonly path: RegExp;
  readonly formats: readonly Format[];
  readonly when?: (file: ContactFile) => boolean;
  readonly why: string;
}[] = [
  { path: /^tags\//, formats: VCARDS, why: "src/formats/vcard/properties.ts: tags are the directory's filter words" },
  {
    path: /^hours\//,
    formats: [...VCARDS, "jscontact"],
    why: "properties.ts and jscontact.ts: no property for opening hours",
  },
  {
    path: /^(phones|emails|websites)\/\d+\/label\/zh-Hans$/,
    formats: ["vcard 3.0"],
    why: "tests/unit/vcard/contract.ts: one X-ABLabel per group in 3.0, in English",
  },
  {
    path: /^address\/country$/,
    formats: ["vcard 3.0"],
    why: "RFC 2426 has no country code (RFC 8605's CC parameter is 4.0's); ADR holds the country's name",
  },
  {
    path: /^(organisation|department)\/zh-Hans$/,
    formats: ["vcard 3.0"],
    when: (file) => file.kind !== "person",
    why: "src/formats/vcard/organisation.ts: a company card keeps one ORG in 3.0, in English (Apple lists it by ORG)",
  },
  {
    path: /^(familyName|givenName)\/zh-Hans$/,
    formats: ["vcard 3.0"],
    why: "src/formats/vcard/names.ts: 3.0 has one N, in English; the whole Chinese name is a NICKNAME",
  },
];

/**
 * Fields a format writes inside a larger value rather than on their own: RFC 2426's ADR has
 * one street component, which holds the street lines of the address (room to district).
 */
const WITHIN: readonly { readonly path: RegExp; readonly formats: readonly Format[] }[] = [
  { path: /^address\/(en|zh-Hans)\/(room|floor|building|streetNumber|street|district)$/, formats: ["vcard 3.0"] },
];

/** One value of a file and how a representation writes it. */
interface Field {
  readonly path: string;
  readonly value: string;
  readonly as: "text" | "phone" | "date" | "within" | "id";
}

/** Every value of `file` a reader must find again (the contact supplies normalised phones). */
function fieldsOf(file: ContactFile, contact: Contact): Field[] {
  const out: Field[] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") {
      if (value !== "") out.push({ path, value, as: "text" });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}/${k}` : k);
  };
  const { $schema: _schema, id, kind: _kind, primary: _primary, phones, updated, hours, ...rest } = file;
  walk(rest, "");
  // The kind and primary flag are words each format maps to its own vocabulary (format tests).
  out.push({ path: "id", value: id, as: "id" }, { path: "updated", value: updated, as: "date" });
  (phones ?? []).forEach((p, i) => {
    out.push({ path: `phones/${i}/number`, value: contact.phones[i]!.e164, as: "phone" });
    if (p.label) walk(p.label, `phones/${i}/label`);
  });
  if (hours) walk(hours, "hours");
  return out;
}

/** Every string of a representation: values, components, parameter values, keywords. */
function stringsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === "string") into.add(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, into);
  else if (value && typeof value === "object") for (const v of Object.values(value)) stringsOf(v, into);
  return into;
}

/** The strings of `contact` in `format`. */
function representation(contact: Contact, format: Format): Set<string> {
  switch (format) {
    case "json":
      return stringsOf(toContactJson(contact, { origin: ORIGIN }));
    case "jscontact": {
      const card = toJSContact(contact, { origin: ORIGIN });
      // RFC 9553 §2.2.3: keywords are the keys of a set.
      return new Set([...stringsOf(card), ...Object.keys(card.keywords ?? {})]);
    }
    case "jcard":
      return stringsOf(toJCard(contact));
    case "vcard 4.0":
      return stringsOf(readWithIcal(toVCard(contact, { version: "4.0" }), "4.0"));
    case "vcard 3.0":
      return stringsOf(readWithIcal(toVCard(contact, { version: "3.0" }), "3.0"));
  }
}

const found = (field: Field, strings: Set<string>, format: Format): boolean => {
  const as = WITHIN.some((w) => w.formats.includes(format) && w.path.test(field.path)) ? "within" : field.as;
  switch (as) {
    case "text":
      return strings.has(field.value);
    case "phone":
      return strings.has(field.value) || strings.has(`tel:${field.value}`);
    case "date":
      return [...strings].some((s) => s.startsWith(field.value) || s.startsWith(field.value.replace(/-/g, "")));
    case "within":
      return [...strings].some((s) => s.includes(field.value));
    case "id":
      // The JSON formats link the contact's URLs; a card names it by its UUIDv5 (uid.ts).
      return (
        [...strings].some((s) => s.includes(field.value)) ||
        (VCARDS.includes(format) && strings.has(contactUid(field.value)))
      );
  }
};

describe.each(FORMATS)("%s of any valid contact file", (format) => {
  it(`holds every value of the file, equal (${RUNS} files)`, () => {
    fc.assert(
      fc.property(validFile, ({ file, contact }) => {
        const strings = representation(contact, format);
        const lost = fieldsOf(file, contact).filter(
          (f) =>
            !found(f, strings, format) &&
            !OMITTED.some((o) => o.formats.includes(format) && o.path.test(f.path) && (o.when?.(file) ?? true)),
        );
        expect(
          lost.map((f) => `${f.path}: ${f.value}`),
          `lost in ${format} of ${JSON.stringify(file)}`,
        ).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
