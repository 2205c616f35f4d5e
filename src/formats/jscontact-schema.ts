/**
 * @module The JSContact Card this service writes (RFC 9553), as a zod/mini schema: it types
 * the writer (./jscontact.ts) and documents the format in OpenAPI. It names the properties
 * and values we write with their RFC types; RFC 9553 allows more (other properties, vendor
 * extensions), so objects are loose here. The RFC's full rules are checked in the tests.
 */
import * as z from "zod/mini";

const described = <T extends z.core.$ZodType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** RFC 9553 §1.4.1: an Id, 1 to 255 octets of the base64url alphabet. */
export const JSCONTACT_ID = /^[A-Za-z0-9_-]{1,255}$/;
/** RFC 9553 §1.4.5: UTCDateTime, upper case, "Z", no zero fraction. */
export const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d*[1-9])?Z$/;

const idMap = <T extends z.core.$ZodType>(value: T) => z.record(z.string().check(z.regex(JSCONTACT_ID)), value);
/** RFC 9553 §1.5.1, and §2.5.1.1 for addresses: a set of contexts. */
const contexts = z.optional(z.partialRecord(z.enum(["work", "private", "billing", "delivery"]), z.literal(true)));
const typed = <T extends string>(type: T) => z.optional(z.literal(type));

/** RFC 9553 §2.2.1.2 NameComponent. */
const NameComponentSchema = z.looseObject({
  "@type": typed("NameComponent"),
  kind: z.enum(["title", "given", "given2", "surname", "surname2", "credential", "generation", "separator"]),
  value: z.string(),
  phonetic: z.optional(z.string()),
});

/** RFC 9553 §2.2.1.1 Name. */
export const JSContactNameSchema = z.looseObject({
  "@type": typed("Name"),
  components: z.optional(z.array(NameComponentSchema).check(z.minLength(1))),
  isOrdered: z.optional(z.boolean()),
  defaultSeparator: z.optional(z.string()),
  full: z.optional(z.string()),
  phoneticSystem: z.optional(z.string()),
  phoneticScript: z.optional(z.string()),
});

/** RFC 9553 §2.5.1.2 AddressComponent (the kinds of the RFC's table). */
export const ADDRESS_COMPONENT_KINDS = [
  "room",
  "apartment",
  "floor",
  "building",
  "number",
  "name",
  "block",
  "subdistrict",
  "district",
  "locality",
  "region",
  "postcode",
  "country",
  "direction",
  "landmark",
  "postOfficeBox",
  "separator",
] as const;

/** RFC 9553 §2.5.1.1 Address. */
export const JSContactAddressSchema = z.looseObject({
  "@type": typed("Address"),
  components: z.optional(
    z
      .array(
        z.looseObject({ "@type": typed("AddressComponent"), kind: z.enum(ADDRESS_COMPONENT_KINDS), value: z.string() }),
      )
      .check(z.minLength(1)),
  ),
  isOrdered: z.optional(z.boolean()),
  defaultSeparator: z.optional(z.string()),
  full: z.optional(z.string()),
  countryCode: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  contexts,
});

const resource = <T extends string, K extends string>(type: T, kinds: readonly [K, ...K[]]) =>
  z.looseObject({
    "@type": typed(type),
    kind: z.optional(z.enum(kinds)),
    uri: z.string(),
    contexts,
    label: z.optional(z.string()),
  });

/** The Card (RFC 9553 §2). */
export const JSContactCardSchema = described(
  z.looseObject({
    "@type": z.literal("Card"),
    version: described(z.literal("1.0"), "The JSContact version (RFC 9553 §2.1.2)."),
    uid: described(z.string(), "The same UID as the contact's vCard (urn:uuid:…), so clients merge both."),
    kind: z.optional(z.enum(["individual", "group", "org", "location", "device", "application"])),
    language: z.optional(z.string()),
    prodId: z.optional(z.string().check(z.minLength(1))),
    updated: z.optional(z.string().check(z.regex(UTC_DATE_TIME))),
    name: z.optional(JSContactNameSchema),
    organizations: z.optional(
      idMap(
        z.looseObject({
          "@type": typed("Organization"),
          name: z.optional(z.string()),
          units: z.optional(
            z.array(z.looseObject({ "@type": typed("OrgUnit"), name: z.string() })).check(z.minLength(1)),
          ),
          sortAs: z.optional(z.string()),
        }),
      ),
    ),
    titles: z.optional(
      idMap(
        z.looseObject({
          "@type": typed("Title"),
          name: z.string(),
          kind: z.optional(z.enum(["title", "role"])),
          organizationId: z.optional(z.string()),
        }),
      ),
    ),
    phones: z.optional(
      idMap(
        z.looseObject({
          "@type": typed("Phone"),
          number: z.string(),
          features: z.optional(
            z.partialRecord(
              z.enum(["mobile", "voice", "text", "video", "main-number", "textphone", "fax", "pager"]),
              z.literal(true),
            ),
          ),
          contexts,
          label: z.optional(z.string()),
        }),
      ),
    ),
    onlineServices: z.optional(
      idMap(
        z.looseObject({
          "@type": typed("OnlineService"),
          service: z.optional(z.string()),
          uri: z.optional(z.string()),
          user: z.optional(z.string()),
          contexts,
          label: z.optional(z.string()),
        }),
      ),
    ),
    emails: z.optional(
      idMap(
        z.looseObject({ "@type": typed("EmailAddress"), address: z.string(), contexts, label: z.optional(z.string()) }),
      ),
    ),
    addresses: z.optional(idMap(JSContactAddressSchema)),
    links: z.optional(idMap(resource("Link", ["contact"]))),
    media: z.optional(idMap(resource("Media", ["photo", "sound", "logo"]))),
    directories: z.optional(idMap(resource("Directory", ["directory", "entry"]))),
    keywords: z.optional(z.record(z.string(), z.literal(true))),
    notes: z.optional(idMap(z.looseObject({ "@type": typed("Note"), note: z.string() }))),
    localizations: z.optional(
      described(
        z.record(z.string(), z.record(z.string(), z.unknown())),
        "The Card in other languages (zh-Hans): patches whose keys are JSON pointers into the Card (RFC 9553 §2.7.1, §1.4.4).",
      ),
    ),
  }),
  "A JSContact Card (RFC 9553, version 1.0).",
);

/** A JSContact Card as this service writes it. */
export type JSContactCard = z.infer<typeof JSContactCardSchema>;
/** A JSContact Address. */
export type JSContactAddress = z.infer<typeof JSContactAddressSchema>;
/** A JSContact Name. */
export type JSContactName = z.infer<typeof JSContactNameSchema>;
