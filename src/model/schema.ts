/**
 * @module The shape of a contact file in `data/`: one Zod schema, from which both the
 * validator's structural checks and `data/schema.json` (editor autocompletion) are derived.
 *
 * Only shape lives here. Rules that need a library or several fields at once (phones,
 * postcodes, the English/Chinese agreement) live in `src/validate/`.
 */
import * as z from "zod/mini";

/** The languages a contact is written in; keys of every bilingual text (BCP 47 tags). */
export const LANGUAGES = ["en", "zh-Hans"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The kinds of contact the directory holds. */
export const CONTACT_KINDS = ["organisation", "office", "person"] as const;

/** What a phone number is for. */
export const PHONE_USES = ["calls", "messages", "fax"] as const;

/** Messaging apps reachable by phone number, each with a public chat link. */
export const MESSAGING_APPS = ["whatsapp", "signal", "telegram"] as const;

/** Work or private details, as vCard TYPE=work/home and JSContact contexts. */
export const CONTEXTS = ["work", "private"] as const;

/** Days of the week as schema.org and OSM opening_hours abbreviate them. */
export const WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;

/** An id: lowercase ASCII words joined by single hyphens, used in URLs and file names. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

// C0 and C1 controls (and DEL) break vCard lines and HTTP headers; a newline is allowed
// only in multi-line notes.
const SINGLE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
const MULTI_LINE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f]*$/;
/** Longest text the data accepts: long enough for any name or note, short enough for a card. */
export const TEXT_MAX_LENGTH = 2000;

const describe = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** Text on one line, not empty, no control characters. */
const text = (description: string) =>
  describe(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: "text that is not empty" }),
        z.maxLength(TEXT_MAX_LENGTH, { error: `at most ${TEXT_MAX_LENGTH} characters` }),
        z.regex(SINGLE_LINE, { error: "text on one line, without control characters" }),
      ),
    description,
  );

const multilineText = (description: string) =>
  describe(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: "text that is not empty" }),
        z.maxLength(TEXT_MAX_LENGTH, { error: `at most ${TEXT_MAX_LENGTH} characters` }),
        z.regex(MULTI_LINE, { error: "text without control characters (new lines are allowed)" }),
      ),
    description,
  );

/** The same text in English and, optionally, Simplified Chinese. */
const bilingual = (description: string, line = text) =>
  describe(
    z.strictObject({
      en: line("In English."),
      "zh-Hans": z.optional(line("In Simplified Chinese (简体中文).")),
    }),
    description,
  );

// The organisation's name may stay empty until its owner fills it in: "" means "not known yet".
const fillableText = (description: string) =>
  describe(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(TEXT_MAX_LENGTH, { error: `at most ${TEXT_MAX_LENGTH} characters` }),
        z.regex(SINGLE_LINE, { error: "text on one line, without control characters" }),
      ),
    description,
  );

const httpsUrl = (description: string) =>
  describe(
    z.string().check(
      z.trim(),
      z.regex(/^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, {
        error: 'a web address starting with "https://", like "https://example.org/"',
      }),
    ),
    description,
  );

const tag = describe(
  z.string().check(
    z.regex(ID_PATTERN, {
      error: 'a tag of lowercase letters, digits and hyphens, like "beijing" or "sales-team"',
    }),
  ),
  "A tag to filter the directory by (city, department, …).",
);

const phone = z.strictObject({
  number: describe(
    z.string(),
    'The number in international form, starting with + and the country code, like "+86 10 6416 7544".',
  ),
  for: z.optional(
    describe(
      z.array(z.enum(PHONE_USES)).check(z.minLength(1, { error: "at least one use" })),
      'What the number is for: "calls", "messages" (texts or chat apps) and/or "fax". Default: calls.',
    ),
  ),
  apps: z.optional(describe(z.array(z.enum(MESSAGING_APPS)), 'Chat apps on this number, like ["whatsapp"].')),
  context: z.optional(describe(z.enum(CONTEXTS), 'Whether it is a "work" or "private" number. Default: work.')),
  label: z.optional(bilingual("A short label shown next to the number.")),
});

const email = z.strictObject({
  address: describe(
    z.string().check(
      z.trim(),
      z.regex(/^[^\s@<>(),;:"\\]+@[^\s@<>(),;:"\\]+\.[^\s@<>(),;:"\\]+$/, {
        error: 'an email address like "name@example.org"',
      }),
    ),
    "The email address.",
  ),
  context: z.optional(describe(z.enum(CONTEXTS), 'Whether it is a "work" or "private" address.')),
  label: z.optional(bilingual("A short label shown next to the address.")),
});

const website = z.strictObject({
  url: httpsUrl("The web address."),
  label: z.optional(bilingual("A short label shown for the link.")),
});

/** One language's address components, named as RFC 9553 §2.5.1 names them. */
const addressParts = (language: string) =>
  describe(
    z.strictObject({
      room: z.optional(text(`Room or suite, as written in ${language} ("Room A409" / "A座409室").`)),
      floor: z.optional(text(`Floor, as written in ${language}.`)),
      building: z.optional(text(`Building name ("Jucai Building" / "聚才大厦").`)),
      streetNumber: z.optional(text(`House number on the street ("No. 76" / "76号").`)),
      street: z.optional(text(`Street name ("Caoyuan Hutong" / "草园胡同").`)),
      district: z.optional(text(`District ("Dongcheng District" / "东城区").`)),
      locality: z.optional(text(`City ("Beijing" / "北京市").`)),
      region: z.optional(text(`Province or state, when it is not the city itself.`)),
      country: z.optional(text(`Country name as it should be printed ("PR China" / "中国").`)),
    }),
    `The address written in ${language}.`,
  );

const address = z.strictObject({
  country: describe(
    z.string().check(z.regex(/^[A-Z]{2}$/, { error: 'a two-letter ISO 3166-1 country code in capitals, like "CN"' })),
    'ISO 3166-1 country code, like "CN".',
  ),
  postcode: z.optional(describe(z.string(), 'Postal code, like "100027".')),
  en: addressParts("English"),
  "zh-Hans": z.optional(addressParts("Simplified Chinese")),
});

const time = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'a time of day like "09:00" or "17:30"' }));

const hours = z.strictObject({
  timeZone: describe(z.string(), 'IANA time zone of the times, like "Asia/Shanghai".'),
  weekly: describe(
    z.array(
      z.strictObject({
        days: z.array(z.enum(WEEKDAYS)).check(z.minLength(1, { error: "at least one day" })),
        opens: time,
        closes: time,
      }),
    ),
    "When the contact can be reached, week by week.",
  ),
  note: z.optional(bilingual("A note on the hours, such as public holidays.")),
});

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written as YYYY-MM-DD, like "2026-11-28"' }));

/** The shape of one file in `data/`. */
export const ContactFileSchema = z.strictObject({
  $schema: z.optional(describe(z.string(), "Where editors find this schema.")),
  id: describe(
    z.string().check(
      z.maxLength(ID_MAX_LENGTH, { error: `an id of at most ${ID_MAX_LENGTH} characters` }),
      z.regex(ID_PATTERN, {
        error: 'an id of lowercase letters, digits and single hyphens, like "beijing-office"',
      }),
    ),
    "The contact's id: the file name without .json, used in every URL.",
  ),
  kind: describe(z.enum(CONTACT_KINDS), 'What the contact is: "organisation", "office" or "person".'),
  primary: z.optional(
    describe(z.boolean(), "true for the one contact the service shows by default, at / and /contact.vcf."),
  ),
  name: bilingual('The name people see: "Beijing Office" / "北京办公室", or a person\'s full name.'),
  familyName: z.optional(bilingual("A person's family name (surname).")),
  givenName: z.optional(bilingual("A person's given name.")),
  organisation: z.optional(
    describe(
      z.strictObject({
        en: fillableText("In English; leave empty until known."),
        "zh-Hans": z.optional(fillableText("In Simplified Chinese; leave empty until known.")),
      }),
      "The organisation's name. Leave the texts empty until its owner fills them in.",
    ),
  ),
  department: z.optional(bilingual("The department or unit.")),
  title: z.optional(bilingual("A person's job title.")),
  tags: z.optional(describe(z.array(tag), "Tags to filter the directory by.")),
  phones: z.optional(describe(z.array(phone), "Phone numbers, the main one first.")),
  emails: z.optional(describe(z.array(email), "Email addresses, the main one first.")),
  websites: z.optional(describe(z.array(website), "Web sites.")),
  address: z.optional(describe(address, "The postal address, in English and Chinese.")),
  hours: z.optional(describe(hours, "Opening hours.")),
  note: z.optional(bilingual("A note shown with the contact; may span several lines.", multilineText)),
  photo: z.optional(httpsUrl("A photo of the person (https URL).")),
  logo: z.optional(httpsUrl("The organisation's logo (https URL).")),
  updated: describe(isoDate, "When these details were last checked, as YYYY-MM-DD."),
});

/** A contact file as written by its editors, once its shape is known to be right. */
export type ContactFile = z.infer<typeof ContactFileSchema>;
export type AddressFile = NonNullable<ContactFile["address"]>;
export type AddressPartsFile = AddressFile["en"];
export type PhoneFile = NonNullable<ContactFile["phones"]>[number];
