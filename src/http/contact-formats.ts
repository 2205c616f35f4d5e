/**
 * @module The formats of `GET /v1/contacts/{id}`: each by its `?format=` name and its media
 * type, how Accept picks it, and how its body is written, kept once per contact (and origin,
 * where the body holds links). Pure apart from that memo; the route (./routes/contacts.ts)
 * only chooses.
 */
import { toContactJson } from "../formats/json";
import { JSCONTACT_CONTENT_TYPE, toJSContact } from "../formats/jscontact";
import { toJCard, toVCard, VCARD_VERSIONS, type VCardVersion } from "../formats/vcard";
import type { Contact } from "../model/contact";
import { contactPaths } from "../model/urls";
import type { InvalidParam } from "./directory-query";
import { negotiate, type Offer } from "./negotiate";
import { createRepresentationCache, type Representation } from "./representation";
import { VCARD_CONTENT_TYPE } from "./routes/vcard";
import { choiceParam } from "./query-param";
import { parseVCardVersion } from "./vcard-version";

/** The `?format=` values, the default first. */
export const FORMATS = ["json", "jscontact", "jcard", "vcard"] as const;
export type FormatName = (typeof FORMATS)[number];

/** A format chosen, with the vCard version when it is vCard. */
export type Chosen =
  { readonly format: Exclude<FormatName, "vcard"> } | { readonly format: "vcard"; readonly version: VCardVersion };

/** The media types, for Accept and for the 406's list (RFC 7095 §8.1, RFC 9553 §3.1, RFC 6350 §10.1). */
export const MEDIA_TYPES: Readonly<Record<FormatName, string>> = {
  json: "application/json",
  jscontact: "application/jscontact+json",
  jcard: "application/vcard+json",
  vcard: "text/vcard",
};

/** What Accept chooses from, in the server's order of preference: JSON first, vCard 3.0 before 4.0. */
export function offers(versions: readonly VCardVersion[] = VCARD_VERSIONS): Offer<Chosen>[] {
  return [
    { mediaType: MEDIA_TYPES.json, value: { format: "json" } },
    // RFC 9553 §3.1: the version parameter, when a client gives it, must be ours.
    { mediaType: MEDIA_TYPES.jscontact, params: { version: "1.0" }, value: { format: "jscontact" } },
    { mediaType: MEDIA_TYPES.jcard, value: { format: "jcard" } },
    // RFC 6350 §10.1: text/vcard's version parameter picks the vCard version.
    ...versions.map((version): Offer<Chosen> => ({
      mediaType: MEDIA_TYPES.vcard,
      params: { version },
      value: { format: "vcard", version },
    })),
  ];
}

// Accept values are few in practice (each browser, library and tool sends its own few), and
// reading one costs more than the rest of a cached answer: the last ones are kept, bounded.
const ACCEPT_MEMO_SIZE = 64;
// A longer Accept (a client's own making) is read each time rather than kept.
const ACCEPT_MEMO_LENGTH = 512;
// Per set of vCard versions offered (all, or the one ?version= names): the offers and the
// Accept values read, with what each chose.
const byVersions = new Map<string, { offers: Offer<Chosen>[]; choices: Map<string, Chosen | undefined> }>();

/** The format `accept` chooses among `versions` of vCard and the other formats; undefined: 406. */
export function chooseByAccept(accept: string | undefined, versions: readonly VCardVersion[]): Chosen | undefined {
  const versionKey = versions === VCARD_VERSIONS ? "" : versions.join(",");
  let memo = byVersions.get(versionKey);
  if (!memo) byVersions.set(versionKey, (memo = { offers: offers(versions), choices: new Map() }));
  const key = accept ?? "";
  const { choices } = memo;
  if (choices.has(key)) return choices.get(key);
  const chosen = negotiate(accept, memo.offers);
  if (key.length > ACCEPT_MEMO_LENGTH) return chosen;
  if (choices.size >= ACCEPT_MEMO_SIZE) choices.delete(choices.keys().next().value!);
  choices.set(key, chosen);
  return chosen;
}

/** The available media types, as a 406 lists them. */
export const AVAILABLE = [
  MEDIA_TYPES.json,
  `${MEDIA_TYPES.jscontact}; version=1.0`,
  MEDIA_TYPES.jcard,
  ...VCARD_VERSIONS.map((v) => `${MEDIA_TYPES.vcard}; version=${v}`),
];

/** What the query string asks for: a format and a version, each optional, or what is wrong. */
export type FormatQuery =
  | { readonly ok: true; readonly format?: FormatName; readonly versions: readonly VCardVersion[] }
  | { readonly ok: false; readonly invalid: readonly InvalidParam[] };

// What no query asks for: the default format, either vCard version.
const NO_FORMAT_QUERY: FormatQuery = { ok: true, versions: VCARD_VERSIONS };

/** Reads `format` and `version` from a query string (without its `?`). */
export const formatQueryOf = (query: string): FormatQuery =>
  query === "" ? NO_FORMAT_QUERY : parseFormatQuery(new URLSearchParams(query));

/** Reads `format` and `version` (the vCard version) from `params`. */
export function parseFormatQuery(params: URLSearchParams): FormatQuery {
  const invalid: InvalidParam[] = [];
  const read = choiceParam(
    params,
    "format",
    FORMATS,
    (shown) => `${shown} is not a format of this resource: expected one of ${FORMATS.join(", ")}`,
  );
  if (!read.ok) invalid.push(read.invalid);
  // Given twice, the first value still decides whether `version` may go with it.
  const first = params.get("format")?.trim();
  const format = read.ok
    ? read.value
    : (FORMATS as readonly string[]).includes(first ?? "")
      ? (first as FormatName)
      : undefined;
  const version = parseVCardVersion(params);
  const versionGiven = Boolean(params.get("version")?.trim());
  if (!version.ok) invalid.push(version.invalid);
  else if (versionGiven && format !== undefined && format !== "vcard") {
    invalid.push({
      name: "version",
      reason: `applies to the vCard format only: add format=vcard, or leave version out for ${format}`,
    });
  }
  if (invalid.length > 0) return { ok: false, invalid };
  const versions = version.ok && versionGiven ? [version.version] : VCARD_VERSIONS;
  return { ok: true, ...(format ? { format } : {}), versions };
}

const cache = createRepresentationCache<Contact>();
const json = (value: unknown) => JSON.stringify(value, null, 2);

/**
 * The representation of `contact` in `chosen`, links under `origin`; built once per variant.
 * When Accept chose it (`negotiated`), caches must key it on Accept, and `Content-Location`
 * names the URL of the representation chosen (RFC 9110 §8.7), the same whatever the Accept.
 */
export function representationOf(
  contact: Contact,
  chosen: Chosen,
  origin: string,
  negotiated: boolean,
): Promise<Representation> {
  // Only the JSON formats hold links, so only they differ by origin.
  const linked = chosen.format === "json" || chosen.format === "jscontact";
  const variant = `${formatQuery(chosen)}${linked ? ` ${origin}` : ""}${negotiated ? " negotiated" : ""}`;
  return cache.get(contact, variant, () => {
    const headers: Record<string, string> = negotiated
      ? { Vary: "Accept", "Content-Location": `${contactPaths(contact.id).api}?${formatQuery(chosen)}` }
      : {};
    switch (chosen.format) {
      case "json":
        return { body: json(toContactJson(contact, { origin })), contentType: MEDIA_TYPES.json, headers };
      case "jscontact":
        return { body: json(toJSContact(contact, { origin })), contentType: JSCONTACT_CONTENT_TYPE, headers };
      case "jcard":
        return { body: json(toJCard(contact)), contentType: MEDIA_TYPES.jcard, headers };
      case "vcard":
        return { body: toVCard(contact, { version: chosen.version }), contentType: VCARD_CONTENT_TYPE, headers };
    }
  });
}

/** The query string that asks for `chosen` without Accept. */
const formatQuery = (chosen: Chosen) =>
  `format=${chosen.format}${chosen.format === "vcard" ? `&version=${chosen.version}` : ""}`;
