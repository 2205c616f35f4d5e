/**
 * fast-check arbitraries for the vCard tests: contacts whose every text is hostile to a vCard
 * writer (CJK, emoji, combining marks, the escaped characters `\ , ; :`, line breaks, tabs,
 * quotes, carets, spaces at either end), shaped like the validator's output.
 */
import fc from "fast-check";
import type {
  Address,
  AddressParts,
  Contact,
  ContactId,
  E164,
  IsoDate,
  Localized,
  MessagingApp,
  Phone,
  PhoneType,
  PhoneUse,
} from "../../../src/model/contact";

const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCodePoint(c));

/** One character a card must carry unharmed. */
export const hostileChar = fc.oneof(
  { arbitrary: fc.constantFrom("\\", ",", ";", ":", "\n", "\t", " ", '"', "^", "=", ".", "'"), weight: 4 },
  { arbitrary: codePoint(0x21, 0x7e), weight: 4 }, // printable ASCII
  { arbitrary: codePoint(0x4e00, 0x9fff), weight: 4 }, // CJK: 3 octets in UTF-8
  { arbitrary: codePoint(0x1f300, 0x1faff), weight: 2 }, // emoji: 4 octets, a surrogate pair in JS
  { arbitrary: codePoint(0x0300, 0x036f), weight: 2 }, // combining marks
  { arbitrary: codePoint(0xa0, 0x7ff), weight: 1 }, // Latin-1 and more: 2 octets
  { arbitrary: codePoint(0xff01, 0xff5e), weight: 1 }, // full-width forms
  { arbitrary: fc.constantFrom("\u200d", "\u00ad", "\ufeff", "\u3000", "\u2028"), weight: 1 }, // joiners, BOM, ideographic space
);

/**
 * A text of hostile characters; `minLength` 1 for texts the model never leaves empty. It never
 * ends with a backslash: ical.js 2.2.1 takes a separator after an escaped backslash (`a\\;b`)
 * for an escaped one, counting one backslash rather than their parity (helpers.unescapedIndexOf),
 * so a component ending with one would be misread; `escape.test.ts` checks our output there.
 */
export const hostileText = (minLength = 1, maxLength = 40) =>
  fc.string({ unit: hostileChar, minLength, maxLength }).map((t) => t.replace(/\\+$/, "") || "x");

/** Text in English and, half the time, Chinese. */
export const localized = (maxLength = 40): fc.Arbitrary<Localized> =>
  fc.record({ en: hostileText(1, maxLength), "zh-Hans": hostileText(1, maxLength) }, { requiredKeys: ["en"] });

const withoutBackslash = (t: string) => t.replace(/\\/g, "/");

const pinyin = fc
  .array(fc.constantFrom("bei", "jing", "ban", "gong", "shi", "zhang", "wei", "lü", "xi'an"), {
    minLength: 1,
    maxLength: 4,
  })
  .map((s) => s.join(" "));

const e164 = fc.stringMatching(/^\+[1-9][0-9]{7,13}$/);

const phone: fc.Arbitrary<Phone> = fc
  .record({
    e164,
    type: fc.constantFrom<PhoneType>("FIXED_LINE", "MOBILE", "FIXED_LINE_OR_MOBILE", "TOLL_FREE", "UNKNOWN"),
    for: fc.uniqueArray(fc.constantFrom<PhoneUse>("calls", "messages", "fax"), { minLength: 1, maxLength: 3 }),
    apps: fc.uniqueArray(fc.constantFrom<MessagingApp>("whatsapp", "signal", "telegram"), { maxLength: 2 }),
    context: fc.constantFrom("work" as const, "private" as const),
    label: fc.option(localized(30), { nil: undefined }),
  })
  .map(({ e164: number, label, ...rest }) => ({
    ...rest,
    e164: number as E164,
    country: "CN" as const,
    international: number,
    national: number,
    uri: `tel:${number}`,
    links: rest.apps.map((app) => ({ app, url: `https://example.org/${app}/${number.slice(1)}` })),
    ...(label ? { label } : {}),
  }));

const parts: fc.Arbitrary<AddressParts> = fc.record(
  {
    room: hostileText(),
    floor: hostileText(),
    building: hostileText(),
    streetNumber: hostileText(),
    street: hostileText(),
    district: hostileText(),
    locality: hostileText(),
    region: hostileText(),
    country: hostileText(),
  },
  { requiredKeys: ["country"] },
);

const address: fc.Arbitrary<Address> = fc
  .record({
    postcode: fc.option(fc.stringMatching(/^[0-9]{6}$/), { nil: undefined }),
    en: parts,
    zh: fc.option(parts, { nil: undefined }),
    // 4.0 writes the lines as the LABEL parameter, where a backslash is just a character
    // (RFC 6868) but ical.js unescapes `\\` and `\n` as in a text value (RFC 6350's own LABEL
    // example writes "\n" there). Lines keep every other hostile character.
    enLines: fc.array(hostileText().map(withoutBackslash), { minLength: 1, maxLength: 5 }),
    zhLines: fc.array(hostileText().map(withoutBackslash), { minLength: 1, maxLength: 3 }),
  })
  .map(({ postcode, en, zh, enLines, zhLines }) => ({
    country: "CN" as const,
    ...(postcode ? { postcode } : {}),
    parts: zh ? { en, "zh-Hans": zh } : { en },
    lines: zh ? { en: enLines, "zh-Hans": zhLines } : { en: enLines },
  }));

const https = fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true });

/** A contact of any kind with every optional field sometimes present. */
export const contact: fc.Arbitrary<Contact> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/),
      kind: fc.constantFrom("organisation" as const, "office" as const, "person" as const),
      name: localized(),
      familyName: localized(20),
      givenName: localized(20),
      phonetic: fc.record(
        { name: pinyin, familyName: pinyin, givenName: pinyin, organisation: pinyin },
        { requiredKeys: [] },
      ),
      organisation: localized(),
      department: localized(),
      title: localized(),
      phones: fc.array(phone, { maxLength: 3 }),
      emails: fc.array(
        fc.record(
          {
            address: fc.emailAddress(),
            context: fc.constantFrom("work" as const, "private" as const),
            label: localized(20),
          },
          { requiredKeys: ["address", "context"] },
        ),
        { maxLength: 2 },
      ),
      websites: fc.array(fc.record({ url: https, label: localized(20) }, { requiredKeys: ["url"] }), { maxLength: 2 }),
      address,
      note: localized(120),
      photo: https,
      logo: https,
      updated: fc
        .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10) as IsoDate),
    },
    { requiredKeys: ["id", "kind", "name", "phonetic", "phones", "emails", "websites", "updated"] },
  )
  .map(({ familyName, givenName, ...rest }) => ({
    ...rest,
    id: rest.id as ContactId,
    primary: false,
    tags: [],
    // The validator allows names in parts only for people.
    ...(rest.kind === "person" ? { ...(familyName ? { familyName } : {}), ...(givenName ? { givenName } : {}) } : {}),
  }));
