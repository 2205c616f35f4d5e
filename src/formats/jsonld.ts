/**
 * @module The contact as schema.org JSON-LD (JSON-LD 1.1, schema.org vocabulary) for the
 * contact page's `<script type="application/ld+json">`: an `Organization` for an
 * organisation or office (schema.org has no "office" type, and `LocalBusiness` would claim a
 * trade), a `Person` for a person; one `PostalAddress` per language, each tagged with its
 * language by an embedded context (JSON-LD 1.1 §4.2.4 "@language"); a `ContactPoint` per
 * phone with its E.164 number and what it is for. Only what the data holds: no invented name,
 * email or organisation. Pure.
 */
import type { Address, AddressParts, Contact, Hours, Localized, MessagingApp, Phone } from "../model/contact";
import { contactPaths } from "../model/urls";

/** A JSON-LD value: what `JSON.stringify` writes. */
export type JsonLd = { readonly [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | readonly JsonLdValue[];

/** Options of {@link toJsonLd}. */
export interface JsonLdOptions {
  /** The service's origin (`https://contact.example.org`): JSON-LD identifiers are absolute. */
  readonly origin: string;
}

/** schema.org's day names (schema.org/DayOfWeek). */
const DAYS = {
  mo: "Monday",
  tu: "Tuesday",
  we: "Wednesday",
  th: "Thursday",
  fr: "Friday",
  sa: "Saturday",
  su: "Sunday",
} as const;

/** A Chinese text as a language-tagged value (JSON-LD 1.1 §4.2.4.1). */
const zhValue = (text: string): JsonLd => ({ "@value": text, "@language": "zh-Hans" });

/** `name` in English and `alternateName` in Chinese, when there is one. */
function names(text: Localized): JsonLd {
  const zh = text["zh-Hans"];
  return zh ? { name: text.en, alternateName: zhValue(zh) } : { name: text.en };
}

/** schema.org/PostalAddress of one language, its strings tagged with that language. */
function postalAddress(parts: AddressParts, address: Address, lang: "en" | "zh-Hans"): JsonLd {
  // schema.org has no room or district field: streetAddress holds what comes below the town,
  // in the language's own order, as the display lines do.
  const below =
    lang === "en"
      ? [
          [parts.room, parts.floor, parts.building].filter(Boolean).join(", "),
          [parts.streetNumber, parts.street].filter(Boolean).join(" "),
          parts.district,
        ]
      : [
          parts.district,
          [parts.street, parts.streetNumber, parts.building, parts.floor, parts.room].filter(Boolean).join(""),
        ];
  const street = below.filter(Boolean).join(lang === "en" ? ", " : "");
  return {
    "@context": { "@language": lang },
    "@type": "PostalAddress",
    ...(street ? { streetAddress: street } : {}),
    ...(parts.locality ? { addressLocality: parts.locality } : {}),
    ...(parts.region ? { addressRegion: parts.region } : {}),
    ...(address.postcode ? { postalCode: address.postcode } : {}),
    // schema.org/addressCountry: "the two-letter ISO 3166-1 alpha-2 country code".
    addressCountry: address.country,
  };
}

/** The apps' names as they write them. */
const APP_NAMES: Record<MessagingApp, string> = { whatsapp: "WhatsApp", signal: "Signal", telegram: "Telegram" };

/** What a phone is for, in words, for ContactPoint's `contactType` when it has no label. */
function purposeOf(phone: Phone): string {
  const apps = phone.apps.length > 0 ? ` (${phone.apps.map((a) => APP_NAMES[a]).join(", ")})` : "";
  return phone.for.map((use) => (use === "messages" ? `messages${apps}` : use)).join(", ");
}

/** schema.org/OpeningHoursSpecification, one per weekly period. */
function openingHours(hours: Hours): JsonLd[] {
  return hours.weekly.map((p) => ({
    "@type": "OpeningHoursSpecification",
    dayOfWeek: p.days.map((d) => DAYS[d]),
    opens: p.opens,
    closes: p.closes,
  }));
}

/** schema.org/ContactPoint of a phone: its E.164 number, its purpose, its chat link. */
function contactPoint(phone: Phone, hours: Hours | undefined): JsonLd {
  return {
    "@type": "ContactPoint",
    telephone: phone.e164,
    contactType: phone.label?.en ?? purposeOf(phone),
    description: `For ${purposeOf(phone)}${phone.for.includes("calls") ? "" : "; no calls"}.`,
    ...(phone.links[0] ? { url: phone.links[0].url } : {}),
    ...(phone.for.includes("calls") && hours ? { hoursAvailable: openingHours(hours) } : {}),
  };
}

/** The contact as one JSON-LD node, ready for `JSON.stringify`. */
export function toJsonLd(contact: Contact, options: JsonLdOptions): JsonLd {
  const paths = contactPaths(contact.id);
  const page = `${options.origin}${paths.page}`;
  const address = contact.address;
  const addresses = address
    ? [
        postalAddress(address.parts.en, address, "en"),
        ...(address.parts["zh-Hans"] ? [postalAddress(address.parts["zh-Hans"], address, "zh-Hans")] : []),
      ]
    : [];
  const caller = contact.phones.find((p) => p.for.includes("calls"));
  const parent = contact.organisation && contact.kind !== "organisation" ? contact.organisation : undefined;
  return {
    "@context": "https://schema.org",
    "@type": contact.kind === "person" ? "Person" : "Organization",
    "@id": `${page}#contact`,
    url: page,
    ...names(contact.name),
    ...(contact.kind === "person" && contact.title ? { jobTitle: contact.title.en } : {}),
    ...(parent
      ? {
          [contact.kind === "person" ? "worksFor" : "parentOrganization"]: {
            "@type": "Organization",
            ...names(parent),
          },
        }
      : {}),
    ...(caller ? { telephone: caller.e164 } : {}),
    ...(contact.emails[0] ? { email: contact.emails[0].address } : {}),
    ...(addresses.length > 0 ? { address: addresses } : {}),
    ...(contact.phones.length > 0 ? { contactPoint: contact.phones.map((p) => contactPoint(p, contact.hours)) } : {}),
    ...(contact.websites.length > 0 ? { sameAs: contact.websites.map((w) => w.url) } : {}),
    ...(contact.logo ? { logo: contact.logo } : {}),
    ...(contact.photo ? { image: contact.photo } : {}),
    // A vCard download is a representation of the same thing (schema.org/subjectOf).
    subjectOf: { "@type": "DigitalDocument", encodingFormat: "text/vcard", url: `${options.origin}${paths.vcard}` },
  };
}

/**
 * The JSON-LD as the text of a `<script>` element: `<`, `>`, `&` and U+2028/2029 escaped as
 * JSON `\u` sequences (HTML §4.12.1.3: a data block must not hold `</script` or `<!--`), so no
 * value can end the element. Still plain JSON to a JSON-LD reader.
 */
export function jsonLdScriptText(value: JsonLd): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
