/**
 * @module The shape of the contact as friendly JSON (`GET /v1/contacts/{id}`), for web
 * developers: one zod/mini schema that types the writer (./json.ts), documents the route in
 * OpenAPI and checks the answers in tests. Strict objects: a field the schema does not name
 * is a bug, not an extension.
 */
import * as z from "zod/mini";
import { CONTACT_KINDS, CONTEXTS, MESSAGING_APPS, PHONE_USES, WEEKDAYS } from "../model/schema";

const described = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** libphonenumber-js's number types, as lower-case words (FIXED_LINE → fixed-line). */
export const PHONE_TYPES = [
  "fixed-line",
  "mobile",
  "fixed-line-or-mobile",
  "toll-free",
  "premium-rate",
  "shared-cost",
  "voip",
  "personal-number",
  "pager",
  "uan",
  "voicemail",
  "unknown",
] as const;

const localized = (description: string) =>
  described(
    z.strictObject({ en: z.string(), "zh-Hans": z.optional(z.string()) }),
    `${description} In English and, when known, Simplified Chinese.`,
  );

const E164 = /^\+[1-9]\d{1,14}$/;
const ABSOLUTE_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/;
const url = (description: string) => described(z.string().check(z.regex(ABSOLUTE_URL)), description);

const PhoneJsonSchema = z.strictObject({
  e164: described(z.string().check(z.regex(E164)), 'E.164, for software: "+861064167544".'),
  international: described(
    z.string(),
    'As callers abroad dial it, formatted by libphonenumber-js: "+86 10 6416 7544".',
  ),
  national: described(z.string(), 'As callers in its own country dial it: "010 6416 7544".'),
  uri: described(z.string().check(z.regex(/^tel:\+[1-9]\d{1,14}$/)), 'RFC 3966 URI, for links: "tel:+861064167544".'),
  type: described(z.enum(PHONE_TYPES), "What kind of line it is, as libphonenumber-js's metadata tells."),
  country: described(z.string().check(z.regex(/^[A-Z]{2}$/)), 'The ISO 3166-1 region of the number: "CN".'),
  uses: described(z.array(z.enum(PHONE_USES)), 'What the number is for: "calls", "messages", "fax".'),
  context: z.enum(CONTEXTS),
  label: z.optional(localized("A short label.")),
  messaging: described(
    z.array(
      z.strictObject({
        app: z.enum(MESSAGING_APPS),
        name: z.string(),
        url: url('The chat link: "https://wa.me/447822014058".'),
      }),
    ),
    "Messaging apps on this number, each with its public chat link.",
  ),
});

const AddressComponentsSchema = z.strictObject({
  room: z.optional(z.string()),
  floor: z.optional(z.string()),
  building: z.optional(z.string()),
  streetNumber: z.optional(z.string()),
  street: z.optional(z.string()),
  district: z.optional(z.string()),
  locality: z.optional(z.string()),
  region: z.optional(z.string()),
  country: z.string(),
});

const AddressLanguageSchema = z.strictObject({
  components: described(AddressComponentsSchema, "The address's parts in this language (RFC 9553 §2.5.1.2 kinds)."),
  lines: described(
    z.array(z.string()),
    "Display lines in this language's own order: English from the room up, Chinese from the country down.",
  ),
});

const AddressJsonSchema = z.strictObject({
  country: described(z.string().check(z.regex(/^[A-Z]{2}$/)), 'ISO 3166-1 country code: "CN".'),
  postcode: z.optional(z.string()),
  en: AddressLanguageSchema,
  "zh-Hans": z.optional(AddressLanguageSchema),
});

const LinksSchema = described(
  z.strictObject({
    self: url("This resource."),
    page: url("The contact's HTML page."),
    vcard: url("The vCard 3.0 download (imports on every phone)."),
    vcard4: url("The vCard 4.0 download."),
    jscontact: url("This contact as JSContact (RFC 9553)."),
    jcard: url("This contact as jCard (RFC 7095)."),
    qr: url("A QR code (SVG) of the vCard."),
  }),
  "Absolute URLs of the contact's other representations.",
);

const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/));

/** The contact as friendly JSON. */
export const ContactJsonSchema = z.strictObject({
  id: described(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), "The contact's id, as in its URLs."),
  kind: z.enum(CONTACT_KINDS),
  primary: described(z.boolean(), "Whether this is the contact the service shows by default (at / and /contact.vcf)."),
  name: localized("The name people see."),
  familyName: z.optional(localized("A person's family name.")),
  givenName: z.optional(localized("A person's given name.")),
  pinyin: described(
    z.strictObject({
      name: z.optional(z.string()),
      familyName: z.optional(z.string()),
      givenName: z.optional(z.string()),
      organisation: z.optional(z.string()),
    }),
    "Pinyin of the Chinese names, without tones, for sorting and reading aloud.",
  ),
  organisation: z.optional(localized("The organisation.")),
  department: z.optional(localized("The department or unit.")),
  title: z.optional(localized("A person's job title.")),
  tags: z.array(z.string()),
  phones: described(z.array(PhoneJsonSchema), "Phone numbers, the main one first."),
  emails: z.array(
    z.strictObject({ address: z.string(), context: z.enum(CONTEXTS), label: z.optional(localized("A short label.")) }),
  ),
  websites: z.array(z.strictObject({ url: url("The web address."), label: z.optional(localized("A short label.")) })),
  address: z.optional(AddressJsonSchema),
  hours: z.optional(
    z.strictObject({
      timeZone: described(z.string(), 'IANA time zone of the times: "Asia/Shanghai".'),
      weekly: z.array(z.strictObject({ days: z.array(z.enum(WEEKDAYS)), opens: time, closes: time })),
      note: z.optional(localized("A note on the hours.")),
    }),
  ),
  note: z.optional(localized("A note; may span several lines.")),
  photo: z.optional(url("A photo.")),
  logo: z.optional(url("A logo.")),
  updated: described(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    "When the details were last checked (YYYY-MM-DD).",
  ),
  links: LinksSchema,
});

/** The contact as friendly JSON. */
export type ContactJson = z.infer<typeof ContactJsonSchema>;
/** One phone of {@link ContactJson}. */
export type PhoneJson = z.infer<typeof PhoneJsonSchema>;
