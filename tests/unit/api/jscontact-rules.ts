/**
 * The rules of RFC 9553 (JSContact) as an independent checker for the tests: written from the
 * RFC's text, not from our writer's schema, and itself tested against every example of the
 * RFC (tests/fixtures/api/rfc9553-examples.json) and against broken Cards. It checks the
 * properties and objects of RFC 9553 §1.4–§2.8 that Cards commonly hold; properties it does
 * not know in depth (anniversaries, speakToAs, …) are checked only for their name (§1.7).
 * Returns every violation as "path: what".
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

// §1.4.1 Id; §1.4.5 UTCDateTime; §1.7.1 IANA property names; §1.8.1 v-extension (roughly).
const ID = /^[A-Za-z0-9_-]{1,255}$/;
const UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d*[1-9])?Z$/;
const IANA_NAME = /^@?[a-z][A-Za-z0-9]*$/;
const VENDOR_NAME =
  /^[A-Za-z0-9\u0080-\uffff](?:[A-Za-z0-9\u0080-\uffff-]*[A-Za-z0-9\u0080-\uffff])?(?:\.[A-Za-z0-9\u0080-\uffff](?:[A-Za-z0-9\u0080-\uffff-]*[A-Za-z0-9\u0080-\uffff])?)*:[^\u0000-\u001f\u007f"/~]+$/;
// RFC 5646 language tag, loosely (primary subtag and subtags of 1 to 8 alphanumerics).
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
// RFC 3986 URI: a scheme, then anything without spaces.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

/** Card properties of RFC 9553 (IANA "JSContact Properties", context Card). */
const CARD_PROPERTIES = new Set([
  "@type",
  "version",
  "created",
  "kind",
  "language",
  "members",
  "prodId",
  "relatedTo",
  "uid",
  "updated",
  "name",
  "nicknames",
  "organizations",
  "speakToAs",
  "titles",
  "emails",
  "onlineServices",
  "phones",
  "preferredLanguages",
  "calendars",
  "schedulingAddresses",
  "addresses",
  "cryptoKeys",
  "directories",
  "links",
  "media",
  "localizations",
  "anniversaries",
  "keywords",
  "notes",
  "personalInfo",
]);

const ENUMS = {
  kind: ["individual", "group", "org", "location", "device", "application"],
  nameComponent: ["title", "given", "given2", "surname", "surname2", "credential", "generation", "separator"],
  addressComponent: [
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
  ],
  features: ["mobile", "voice", "text", "video", "main-number", "textphone", "fax", "pager"],
  contexts: ["private", "work"],
  addressContexts: ["private", "work", "billing", "delivery"],
  phoneticSystem: ["ipa", "jyut", "piny"],
  titleKind: ["title", "role"],
  media: ["photo", "sound", "logo"],
  directory: ["directory", "entry"],
  link: ["contact"],
  calendar: ["calendar", "freeBusy"],
} as const;

const inEnum = (values: readonly string[], v: string) => values.includes(v) || VENDOR_NAME.test(v);

/** Checks one Card; `violations` is empty when it follows the rules. */
export function checkCard(card: unknown): string[] {
  const out: string[] = [];
  const fail = (path: string, what: string) => out.push(`${path}: ${what}`);
  if (!isObj(card)) return ["/: a Card is a JSON object"];

  const string = (path: string, v: Json | undefined, mandatory = false) => {
    if (v === undefined) {
      if (mandatory) fail(path, "is mandatory");
      return false;
    }
    if (typeof v !== "string") fail(path, "must be a String");
    return typeof v === "string";
  };
  const type = (path: string, o: Obj, name: string) => {
    if (o["@type"] !== undefined && o["@type"] !== name) fail(`${path}/@type`, `must be "${name}"`);
  };
  const set = (path: string, v: Json | undefined, allowed?: readonly string[]) => {
    if (v === undefined) return;
    if (!isObj(v)) return fail(path, "must be a String[Boolean] set");
    for (const [k, b] of Object.entries(v)) {
      if (b !== true) fail(`${path}/${k}`, "must be true (§1.5.1, §2.3.3)");
      if (allowed && !inEnum(allowed, k)) fail(`${path}/${k}`, `is not one of ${allowed.join(", ")}`);
    }
  };
  const pref = (path: string, v: Json | undefined) => {
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 100))
      fail(path, "must be an integer from 1 to 100 (§1.5.3)");
  };
  const uri = (path: string, v: Json | undefined, mandatory: boolean) => {
    if (string(path, v, mandatory) && !URI.test(v as string)) fail(path, "must be a URI (RFC 3986)");
  };
  const utc = (path: string, v: Json | undefined) => {
    if (string(path, v) && !UTC.test(v as string))
      fail(path, 'must be a UTCDateTime such as "2010-10-10T10:10:10Z" (§1.4.5)');
  };
  const idMap = (path: string, v: Json | undefined, each: (path: string, o: Obj) => void) => {
    if (v === undefined) return;
    if (!isObj(v)) return fail(path, "must be an Id[...] map");
    for (const [id, o] of Object.entries(v)) {
      if (!ID.test(id)) fail(`${path}/${id}`, "is not an Id (§1.4.1)");
      if (!isObj(o)) fail(`${path}/${id}`, "must be an object");
      else each(`${path}/${id}`, o);
    }
  };
  // §2.2.1.1 and §2.5.1.1: ordered components, separators and the default separator.
  const components = (path: string, o: Obj, kinds: readonly string[], componentType: string) => {
    const list = o.components;
    if (list === undefined) {
      if (o.defaultSeparator !== undefined) fail(`${path}/defaultSeparator`, "must not be set without components");
      return;
    }
    if (!Array.isArray(list) || list.length === 0) return fail(`${path}/components`, "must be a non-empty array");
    let previousSeparator = false;
    list.forEach((c, i) => {
      const p = `${path}/components/${i}`;
      if (!isObj(c)) return fail(p, "must be an object");
      type(p, c, componentType);
      string(`${p}/value`, c.value, true);
      if (string(`${p}/kind`, c.kind, true) && !inEnum(kinds, c.kind as string))
        fail(`${p}/kind`, `"${c.kind}" is not a component kind`);
      const separator = c.kind === "separator";
      if (separator && previousSeparator) fail(p, "two separator components in a row (§2.2.1.2, §2.5.1.2)");
      if (separator && o.isOrdered !== true) fail(p, "a separator needs isOrdered true");
      if (c.phonetic !== undefined && o.phoneticSystem === undefined && o.phoneticScript === undefined)
        fail(`${p}/phonetic`, "needs phoneticSystem or phoneticScript (§1.5.4)");
      previousSeparator = separator;
    });
    if (list.every((c) => isObj(c) && c.kind === "separator"))
      fail(`${path}/components`, "needs a component that is not a separator");
    if (o.isOrdered !== undefined && typeof o.isOrdered !== "boolean") fail(`${path}/isOrdered`, "must be a Boolean");
    if (o.defaultSeparator !== undefined && o.isOrdered !== true)
      fail(`${path}/defaultSeparator`, "must not be set unless isOrdered is true");
    string(`${path}/defaultSeparator`, o.defaultSeparator);
    if (
      o.phoneticSystem !== undefined &&
      string(`${path}/phoneticSystem`, o.phoneticSystem) &&
      !inEnum(ENUMS.phoneticSystem, o.phoneticSystem as string)
    )
      fail(`${path}/phoneticSystem`, "is not a phonetic system");
  };

  const checkName = (path: string, o: Obj) => {
    type(path, o, "Name");
    if (o.components === undefined && o.full === undefined) fail(path, "needs components or full (§2.2.1.1)");
    components(path, o, ENUMS.nameComponent, "NameComponent");
    string(`${path}/full`, o.full);
    if (o.sortAs !== undefined) {
      if (!isObj(o.sortAs) || !Array.isArray(o.components))
        fail(`${path}/sortAs`, "needs components and must be a String[String]");
      else
        for (const key of Object.keys(o.sortAs))
          if (!o.components.some((c) => isObj(c) && c.kind === key))
            fail(`${path}/sortAs/${key}`, "names a component kind the name does not have");
    }
  };
  const checkAddress = (path: string, o: Obj) => {
    type(path, o, "Address");
    if (!["components", "coordinates", "countryCode", "full", "timeZone"].some((k) => o[k] !== undefined))
      fail(path, "needs components, coordinates, countryCode, full or timeZone (§2.5.1.1)");
    components(path, o, ENUMS.addressComponent, "AddressComponent");
    if (string(`${path}/countryCode`, o.countryCode) && !/^[A-Z]{2}$/.test(o.countryCode as string))
      fail(`${path}/countryCode`, "must be an ISO 3166-1 alpha-2 code");
    if (string(`${path}/coordinates`, o.coordinates) && !/^geo:/i.test(o.coordinates as string))
      fail(`${path}/coordinates`, "must be a geo: URI");
    string(`${path}/full`, o.full);
    set(`${path}/contexts`, o.contexts, ENUMS.addressContexts);
    pref(`${path}/pref`, o.pref);
  };
  const resource =
    (typeName: string, kinds: readonly string[] | undefined, kindMandatory: boolean) => (path: string, o: Obj) => {
      type(path, o, typeName);
      uri(`${path}/uri`, o.uri, true);
      if (o.kind === undefined && kindMandatory) fail(`${path}/kind`, "is mandatory");
      if (o.kind !== undefined && kinds && string(`${path}/kind`, o.kind) && !inEnum(kinds, o.kind as string))
        fail(`${path}/kind`, `is not one of ${kinds.join(", ")}`);
      set(`${path}/contexts`, o.contexts, ENUMS.contexts);
      pref(`${path}/pref`, o.pref);
      string(`${path}/label`, o.label);
      string(`${path}/mediaType`, o.mediaType);
      if (o.listAs !== undefined && !(Number.isInteger(o.listAs) && (o.listAs as number) > 0))
        fail(`${path}/listAs`, "must be an integer above 0");
    };

  const checkProperties = (c: Obj, root: string) => {
    for (const name of Object.keys(c)) {
      if (VENDOR_NAME.test(name)) continue;
      if (!IANA_NAME.test(name))
        fail(`${root}/${name}`, "is neither an IANA property name nor a vendor-specific one (§1.7.1, §1.8.1)");
      else if (!CARD_PROPERTIES.has(name) && [...CARD_PROPERTIES].some((k) => k.toLowerCase() === name.toLowerCase()))
        fail(`${root}/${name}`, "differs only in case from a property name (§1.7.2)");
    }
    if (c["@type"] !== "Card") fail(`${root}/@type`, 'must be "Card" (§2.1.1)');
    if (string(`${root}/version`, c.version, true) && c.version !== "1.0")
      fail(`${root}/version`, 'must be a registered version ("1.0")');
    string(`${root}/uid`, c.uid, true);
    utc(`${root}/created`, c.created);
    utc(`${root}/updated`, c.updated);
    if (c.kind !== undefined && string(`${root}/kind`, c.kind) && !inEnum(ENUMS.kind, c.kind as string))
      fail(`${root}/kind`, "is not a kind of Card");
    if (string(`${root}/language`, c.language) && !LANGUAGE_TAG.test(c.language as string))
      fail(`${root}/language`, "is not a language tag");
    if (c.prodId !== undefined && (typeof c.prodId !== "string" || c.prodId.length === 0))
      fail(`${root}/prodId`, "must be a String of at least one character");
    if (c.members !== undefined) {
      set(`${root}/members`, c.members);
      if (c.kind !== "group") fail(`${root}/members`, 'needs kind "group"');
    }
    if (c.name !== undefined)
      isObj(c.name) ? checkName(`${root}/name`, c.name) : fail(`${root}/name`, "must be a Name");
    idMap(`${root}/organizations`, c.organizations, (p, o) => {
      type(p, o, "Organization");
      if (o.name === undefined && o.units === undefined) fail(p, "needs name or units (§2.2.3)");
      string(`${p}/name`, o.name);
      string(`${p}/sortAs`, o.sortAs);
      if (o.units !== undefined) {
        if (!Array.isArray(o.units) || o.units.length === 0) fail(`${p}/units`, "must be a non-empty array");
        else
          o.units.forEach((u, i) =>
            isObj(u)
              ? (type(`${p}/units/${i}`, u, "OrgUnit"), string(`${p}/units/${i}/name`, u.name, true))
              : fail(`${p}/units/${i}`, "must be an OrgUnit"),
          );
      }
      set(`${p}/contexts`, o.contexts, ENUMS.contexts);
    });
    idMap(`${root}/titles`, c.titles, (p, o) => {
      type(p, o, "Title");
      string(`${p}/name`, o.name, true);
      if (o.kind !== undefined && !inEnum(ENUMS.titleKind, String(o.kind))) fail(`${p}/kind`, "is not title or role");
      if (
        o.organizationId !== undefined &&
        !(isObj(c.organizations) && typeof o.organizationId === "string" && o.organizationId in c.organizations)
      )
        fail(`${p}/organizationId`, "names no organization of the Card");
    });
    idMap(`${root}/emails`, c.emails, (p, o) => {
      type(p, o, "EmailAddress");
      if (string(`${p}/address`, o.address, true) && !/^[^\s@]+@[^\s@]+$/.test(o.address as string))
        fail(`${p}/address`, "is not an addr-spec (RFC 5322)");
      set(`${p}/contexts`, o.contexts, ENUMS.contexts);
      pref(`${p}/pref`, o.pref);
      string(`${p}/label`, o.label);
    });
    idMap(`${root}/onlineServices`, c.onlineServices, (p, o) => {
      type(p, o, "OnlineService");
      if (o.uri === undefined && o.user === undefined) fail(p, "needs uri or user (§2.3.2)");
      uri(`${p}/uri`, o.uri, false);
      string(`${p}/user`, o.user);
      string(`${p}/service`, o.service);
      set(`${p}/contexts`, o.contexts, ENUMS.contexts);
      pref(`${p}/pref`, o.pref);
      string(`${p}/label`, o.label);
    });
    idMap(`${root}/phones`, c.phones, (p, o) => {
      type(p, o, "Phone");
      string(`${p}/number`, o.number, true);
      set(`${p}/features`, o.features, ENUMS.features);
      set(`${p}/contexts`, o.contexts, ENUMS.contexts);
      pref(`${p}/pref`, o.pref);
      string(`${p}/label`, o.label);
    });
    idMap(`${root}/addresses`, c.addresses, checkAddress);
    idMap(`${root}/links`, c.links, resource("Link", ENUMS.link, false));
    idMap(`${root}/media`, c.media, resource("Media", ENUMS.media, true));
    idMap(`${root}/directories`, c.directories, resource("Directory", ENUMS.directory, true));
    idMap(`${root}/calendars`, c.calendars, resource("Calendar", ENUMS.calendar, true));
    idMap(`${root}/cryptoKeys`, c.cryptoKeys, resource("CryptoKey", undefined, false));
    set(`${root}/keywords`, c.keywords);
    idMap(`${root}/notes`, c.notes, (p, o) => {
      type(p, o, "Note");
      string(`${p}/note`, o.note, true);
      utc(`${p}/created`, o.created);
    });
  };

  checkProperties(card, "");
  if (card.localizations !== undefined) {
    if (!isObj(card.localizations)) fail("/localizations", "must be a String[PatchObject]");
    else {
      for (const [language, patch] of Object.entries(card.localizations)) {
        const p = `/localizations/${language}`;
        if (!LANGUAGE_TAG.test(language)) fail(p, "is not a language tag");
        if (!isObj(patch)) {
          fail(p, "must be a PatchObject");
          continue;
        }
        const patched = applyPatch(card, patch, (what) => fail(p, what));
        // §2.7.1: the localized Card must itself be valid.
        if (patched) for (const v of checkCard(patched)) fail(p, `once applied: ${v}`);
      }
    }
  }
  return out;
}

/** Applies a PatchObject (§1.4.4) to a copy of the Card without its localizations; undefined if invalid. */
export function applyPatch(card: Obj, patch: Obj, fail: (what: string) => void = () => {}): Obj | undefined {
  const { localizations: _, ...copy } = structuredClone(card);
  const pointers = Object.keys(patch);
  let valid = true;
  const refuse = (what: string) => {
    valid = false;
    fail(what);
  };
  for (const a of pointers)
    for (const b of pointers)
      if (a !== b && (b.startsWith(`${a}/`) || a === "")) refuse(`"${a}" is a prefix of "${b}" (§1.4.4)`);
  for (const [pointer, value] of Object.entries(patch)) {
    if (pointer.startsWith("/")) refuse(`"${pointer}" must not start with "/" (the "/" is implicit, §1.4.4)`);
    const tokens = pointer.split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (tokens[0] === "localizations") refuse(`"${pointer}" targets localizations (§2.7.1)`);
    if (tokens.includes("-")) refuse(`"${pointer}" uses "-" (§1.4.4)`);
    let target: Json = copy;
    for (const token of tokens.slice(0, -1)) {
      const next: Json | undefined = Array.isArray(target)
        ? target[Number(token)]
        : isObj(target)
          ? target[token]
          : undefined;
      if (next === undefined || next === null || typeof next !== "object") {
        refuse(`"${pointer}": ${token} does not exist in the Card (§1.4.4)`);
        target = null;
        break;
      }
      target = next;
    }
    if (target === null) continue;
    const last = tokens.at(-1)!;
    if (Array.isArray(target)) {
      if (!(Number(last) < target.length) || value === null)
        refuse(`"${pointer}": no such array member, or a null for it (§1.4.4)`);
      else target[Number(last)] = value;
    } else if (isObj(target)) {
      if (value === null) delete target[last];
      else target[last] = value;
    }
  }
  return valid ? copy : undefined;
}
