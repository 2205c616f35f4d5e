/**
 * @module The contact as friendly JSON for web developers: names in both languages, every
 * phone in each of its written forms with its uses and chat links, the address per language
 * as components and as display lines, and absolute links to the other representations. Its
 * shape is `ContactJsonSchema` (./json-schema.ts). Pure.
 */
import type { AddressParts, Contact, Localized, Phone, PhoneType } from "../model/contact";
import { contactPaths } from "../model/urls";
import type { ContactJson, PhoneJson } from "./json-schema";
import { PHONE_TYPES } from "./json-schema";
import { APP_NAMES } from "./vcard/phones";

/** What the JSON needs besides the contact. */
export interface ContactJsonOptions {
  /** Where the service answers (`https://example.org`, no trailing slash): links are absolute. */
  readonly origin: string;
}

/** libphonenumber-js's FIXED_LINE_OR_MOBILE → fixed-line-or-mobile. */
export function phoneTypeWord(type: PhoneType): PhoneJson["type"] {
  const word = type.toLowerCase().replace(/_/g, "-");
  return (PHONE_TYPES as readonly string[]).includes(word) ? (word as PhoneJson["type"]) : "unknown";
}

const copy = (text: Localized): Localized =>
  text["zh-Hans"] === undefined ? { en: text.en } : { en: text.en, "zh-Hans": text["zh-Hans"] };

function phoneJson(phone: Phone): PhoneJson {
  return {
    e164: phone.e164,
    international: phone.international,
    national: phone.national,
    uri: phone.uri,
    type: phoneTypeWord(phone.type),
    country: phone.country,
    uses: [...phone.for],
    context: phone.context,
    ...(phone.label ? { label: copy(phone.label) } : {}),
    messaging: phone.links.map((link) => ({ app: link.app, name: APP_NAMES[link.app], url: link.url })),
  };
}

// The components in the order people read them, whatever order the data was written in.
const PART_KEYS = [
  "room",
  "floor",
  "building",
  "streetNumber",
  "street",
  "district",
  "locality",
  "region",
  "country",
] as const;
const components = (parts: AddressParts): AddressParts =>
  Object.fromEntries(
    PART_KEYS.filter((key) => parts[key] !== undefined).map((key) => [key, parts[key]]),
  ) as unknown as AddressParts;

function addressJson(contact: Contact): ContactJson["address"] {
  const address = contact.address;
  if (!address) return undefined;
  const zhParts = address.parts["zh-Hans"];
  const zhLines = address.lines["zh-Hans"];
  return {
    country: address.country,
    ...(address.postcode ? { postcode: address.postcode } : {}),
    en: { components: components(address.parts.en), lines: [...address.lines.en] },
    ...(zhParts && zhLines ? { "zh-Hans": { components: components(zhParts), lines: [...zhLines] } } : {}),
  };
}

/** The links of `contact` under `origin`. */
export function contactLinks(contact: Contact, origin: string): ContactJson["links"] {
  // Ids match ID_PATTERN, so paths are URL-safe: joining needs no URL parser.
  const paths = contactPaths(contact.id);
  return {
    self: origin + paths.api,
    page: origin + paths.page,
    vcard: origin + paths.vcard,
    vcard4: `${origin}${paths.vcard}?version=4.0`,
    jscontact: `${origin}${paths.api}?format=jscontact`,
    jcard: `${origin}${paths.api}?format=jcard`,
    qr: origin + paths.qr,
  };
}

/** The contact as friendly JSON. */
export function toContactJson(contact: Contact, options: ContactJsonOptions): ContactJson {
  const optional = <K extends keyof Contact>(key: K) => {
    const value = contact[key] as Localized | undefined;
    return value ? { [key]: copy(value) } : {};
  };
  const address = addressJson(contact);
  return {
    id: contact.id,
    kind: contact.kind,
    primary: contact.primary,
    name: copy(contact.name),
    ...optional("familyName"),
    ...optional("givenName"),
    pinyin: { ...contact.phonetic },
    ...optional("organisation"),
    ...optional("department"),
    ...optional("title"),
    tags: [...contact.tags],
    phones: contact.phones.map(phoneJson),
    emails: contact.emails.map((e) => ({
      address: e.address,
      context: e.context,
      ...(e.label ? { label: copy(e.label) } : {}),
    })),
    websites: contact.websites.map((w) => ({ url: w.url, ...(w.label ? { label: copy(w.label) } : {}) })),
    ...(address ? { address } : {}),
    ...(contact.hours
      ? {
          hours: {
            timeZone: contact.hours.timeZone,
            weekly: contact.hours.weekly.map((p) => ({ days: [...p.days], opens: p.opens, closes: p.closes })),
            ...(contact.hours.note ? { note: copy(contact.hours.note) } : {}),
          },
        }
      : {}),
    ...optional("note"),
    ...(contact.photo ? { photo: contact.photo } : {}),
    ...(contact.logo ? { logo: contact.logo } : {}),
    updated: contact.updated,
    links: contactLinks(contact, options.origin),
  };
}
