/**
 * @module The contact as a JSContact Card (RFC 9553, version 1.0), in English with the
 * Chinese version as `localizations.zh-Hans` (§2.7.1): patches whose keys are JSON pointers
 * without the leading "/" (§1.4.4). Pure.
 *
 * The same facts as the vCard, in JSContact's terms (RFC 9555 maps the two):
 * - `uid` is the vCard's UID, so a client holding both merges them;
 * - `kind`: "org" for an organisation or office (vCard KIND:org), "individual" for a person;
 * - `name`: a person's given name and surname as components, otherwise the full name; the
 *   Chinese name in the localization, a person's with its pinyin (phoneticSystem "piny",
 *   §1.5.4, as the vCard's PHONETIC=piny);
 * - `organizations`: what the vCard's ORG says (src/formats/vcard/organisation.ts), the
 *   pinyin as the Chinese `sortAs`;
 * - `phones`: tel: URIs, with features (voice for calls, text for messages, mobile) and
 *   contexts (§2.3.3); each chat app as an `onlineServices` entry with its link (§2.3.2);
 * - `addresses`: ordered components with separators (./jscontact-address.ts);
 * - `directories`: this contact's entry in the service and the directory itself (§2.6.2),
 *   when the service's origin is known.
 * Opening hours have no JSContact property and are left out (the JSON format has them).
 * Ids are stable across versions of the data where the data allows (§1.4.1): a phone's is
 * its number, a chat service's its app and number.
 */
import type { Contact, Localized } from "../model/contact";
import { contactPaths, DIRECTORY_PATHS } from "../model/urls";
import { toJSContactAddress } from "./jscontact-address";
import type { JSContactCard, JSContactName } from "./jscontact-schema";
import { orgLine } from "./vcard/organisation";
import { APP_NAMES, isMobile } from "./vcard/phones";
import { contactUid } from "./vcard/uid";

/** RFC 9553 §2.1.7. */
export const JSCONTACT_PRODID = "contact-card JSContact writer";
/** RFC 9553 §3.1: the media type, with the version of the Cards it carries. */
export const JSCONTACT_CONTENT_TYPE = "application/jscontact+json; version=1.0";

/** What the Card needs besides the contact. */
export interface JSContactOptions {
  /** Where the service answers, for the `directories` links; without it they are left out. */
  readonly origin?: string;
}

/** A PatchObject (RFC 9553 §1.4.4). Every key here is built from Ids and property names,
 * which hold no "~" or "/", so no reference token needs RFC 6901 escaping. */
type Patch = Record<string, unknown>;

function nameOf(contact: Contact, zh: Patch): JSContactName {
  const { familyName, givenName, phonetic } = contact;
  const zhName = contact.name["zh-Hans"];
  if (contact.kind === "person" && (familyName || givenName)) {
    const en: JSContactName["components"] = [
      ...(givenName ? [{ kind: "given" as const, value: givenName.en }] : []),
      ...(familyName ? [{ kind: "surname" as const, value: familyName.en }] : []),
    ];
    if (familyName?.["zh-Hans"] || givenName?.["zh-Hans"]) {
      // A Chinese name reads surname first, without a space; the pinyin reads each part.
      const surname = familyName?.["zh-Hans"];
      const given = givenName?.["zh-Hans"];
      zh.name = {
        components: [
          ...(surname
            ? [{ kind: "surname", value: surname, ...(phonetic.familyName ? { phonetic: phonetic.familyName } : {}) }]
            : []),
          ...(given
            ? [{ kind: "given", value: given, ...(phonetic.givenName ? { phonetic: phonetic.givenName } : {}) }]
            : []),
        ],
        isOrdered: true,
        defaultSeparator: "",
        full: zhName ?? `${surname ?? ""}${given ?? ""}`,
        ...(phonetic.familyName || phonetic.givenName ? { phoneticSystem: "piny", phoneticScript: "Latn" } : {}),
      };
    } else if (zhName) zh["name/full"] = zhName;
    return { components: en, isOrdered: true, full: contact.name.en };
  }
  if (zhName) zh["name/full"] = zhName;
  return { full: contact.name.en };
}

function organizationsOf(contact: Contact, zh: Patch): JSContactCard["organizations"] {
  const line = orgLine(contact);
  if (!line) return undefined;
  const [first, ...rest] = line.components;
  const units = rest.filter((u): u is Localized => u !== undefined);
  if (!first && units.length === 0) return undefined;
  if (first?.["zh-Hans"]) zh["organizations/o1/name"] = first["zh-Hans"];
  units.forEach((unit, i) => {
    if (unit["zh-Hans"]) zh[`organizations/o1/units/${i}/name`] = unit["zh-Hans"];
  });
  if (line.phonetic) zh["organizations/o1/sortAs"] = line.phonetic;
  return {
    o1: {
      ...(first ? { name: first.en } : {}),
      ...(units.length ? { units: units.map((u) => ({ name: u.en })) } : {}),
    },
  };
}

/** Adds `zh`'s Chinese text of `text` at `pointer`. */
const localize = (zh: Patch, pointer: string, text: Localized | undefined) => {
  if (text?.["zh-Hans"]) zh[pointer] = text["zh-Hans"];
};

const digits = (e164: string) => e164.slice(1);

/** The contact as a JSContact Card. */
export function toJSContact(contact: Contact, options: JSContactOptions = {}): JSContactCard {
  const zh: Patch = {};
  const context = (c: "work" | "private") => ({ [c]: true as const });
  const name = nameOf(contact, zh);
  const organizations = organizationsOf(contact, zh);

  const phones: NonNullable<JSContactCard["phones"]> = {};
  const onlineServices: NonNullable<JSContactCard["onlineServices"]> = {};
  for (const phone of contact.phones) {
    const id = `tel-${digits(phone.e164)}`;
    const features = {
      ...(isMobile(phone) ? { mobile: true as const } : {}),
      ...(phone.for.includes("calls") ? { voice: true as const } : {}),
      ...(phone.for.includes("messages") ? { text: true as const } : {}),
      ...(phone.for.includes("fax") ? { fax: true as const } : {}),
    };
    phones[id] = {
      number: phone.uri,
      features,
      contexts: context(phone.context),
      ...(phone.label ? { label: phone.label.en } : {}),
    };
    localize(zh, `phones/${id}/label`, phone.label);
    for (const link of phone.links) {
      onlineServices[`${link.app}-${digits(phone.e164)}`] = {
        service: APP_NAMES[link.app],
        uri: link.url,
        user: phone.e164,
        contexts: context(phone.context),
      };
    }
  }

  const emails: NonNullable<JSContactCard["emails"]> = {};
  contact.emails.forEach((email, i) => {
    emails[`e${i + 1}`] = {
      address: email.address,
      contexts: context(email.context),
      ...(email.label ? { label: email.label.en } : {}),
    };
    localize(zh, `emails/e${i + 1}/label`, email.label);
  });

  const links: NonNullable<JSContactCard["links"]> = {};
  contact.websites.forEach((site, i) => {
    links[`w${i + 1}`] = { uri: site.url, ...(site.label ? { label: site.label.en } : {}) };
    localize(zh, `links/w${i + 1}/label`, site.label);
  });

  const address = contact.address;
  if (address?.parts["zh-Hans"]) zh["addresses/a1"] = toJSContactAddress(address, "zh-Hans");
  if (contact.title) localize(zh, "titles/t1/name", contact.title);
  if (contact.note) localize(zh, "notes/n1/note", contact.note);

  const media: NonNullable<JSContactCard["media"]> = {
    ...(contact.photo ? { photo: { kind: "photo" as const, uri: contact.photo } } : {}),
    ...(contact.logo ? { logo: { kind: "logo" as const, uri: contact.logo } } : {}),
  };
  const origin = options.origin;
  const nonEmpty = <T extends object>(key: string, value: T | undefined) =>
    value && Object.keys(value).length > 0 ? { [key]: value } : {};

  return {
    "@type": "Card",
    version: "1.0",
    uid: contactUid(contact.id),
    kind: contact.kind === "person" ? "individual" : "org",
    language: "en",
    prodId: JSCONTACT_PRODID,
    // The day the details were checked, as the vCard's REV says it.
    updated: `${contact.updated}T00:00:00Z`,
    name,
    ...nonEmpty("organizations", organizations),
    ...(contact.title
      ? { titles: { t1: { name: contact.title.en, ...(organizations ? { organizationId: "o1" } : {}) } } }
      : {}),
    ...nonEmpty("phones", phones),
    ...nonEmpty("onlineServices", onlineServices),
    ...nonEmpty("emails", emails),
    ...(address ? { addresses: { a1: toJSContactAddress(address, "en") } } : {}),
    ...nonEmpty("links", links),
    ...nonEmpty("media", media),
    ...(origin
      ? {
          directories: {
            entry: { kind: "entry" as const, uri: origin + contactPaths(contact.id).api },
            directory: { kind: "directory" as const, uri: origin + DIRECTORY_PATHS.api },
          },
        }
      : {}),
    ...(contact.tags.length ? { keywords: Object.fromEntries(contact.tags.map((t) => [t, true as const])) } : {}),
    ...(contact.note ? { notes: { n1: { note: contact.note.en } } } : {}),
    ...(Object.keys(zh).length ? { localizations: { "zh-Hans": zh } } : {}),
  };
}
