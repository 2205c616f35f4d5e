/**
 * @module The intermediate form of a vCard: an ordered list of properties, each a name, an
 * optional group, parameters and a typed value. Built once per version from the `Contact`
 * (`properties.ts`), then written as vCard text (`write.ts`) or as jCard (`jcard.ts`), so the
 * two 4.0 representations can never disagree. Pure data, no I/O.
 */

/** The vCard versions this service writes: RFC 2426 (3.0) and RFC 6350 (4.0). */
export const VCARD_VERSIONS = ["3.0", "4.0"] as const;
export type VCardVersion = (typeof VCARD_VERSIONS)[number];

/**
 * 3.0 is the default: stock Android imports only 2.1 and 3.0 ("format isn't supported" for 4.0,
 * GrapheneOS/os-issue-tracker#977, Divested-Mobile/DivestOS-Build#202), and Apple's apps export 3.0.
 */
export const DEFAULT_VCARD_VERSION: VCardVersion = "3.0";

/** One parameter with its values (`TYPE=work,voice` has two). Names are upper case. */
export interface VCardParam {
  readonly name: string;
  readonly values: readonly string[];
}

/**
 * A property value with its value type. The type decides the escaping (text is escaped, URIs
 * and timestamps are not: RFC 6350 §3.4 and §4) and the jCard type (RFC 7095 §3.5).
 */
export type VCardValue =
  /** One text value (FN, NOTE, X-ABLabel, …). */
  | { readonly type: "text"; readonly value: string }
  /** Several text values separated by commas (NICKNAME, RFC 6350 §6.2.3). */
  | { readonly type: "text-list"; readonly value: readonly string[] }
  /** Components separated by semicolons (N, ADR, ORG: RFC 6350 §3.3 "compound" properties). */
  | { readonly type: "structured"; readonly value: readonly string[] }
  /** A URI, written as it is (TEL in 4.0, URL, PHOTO, UID). */
  | { readonly type: "uri"; readonly value: string }
  /** A 3.0 telephone number (RFC 2426 §3.3.1 "phone-number" value): E.164 text. */
  | { readonly type: "phone-number"; readonly value: string }
  /** A UTC instant, `YYYY-MM-DDTHH:MM:SSZ`; written in each version's own format (REV). */
  | { readonly type: "timestamp"; readonly value: string };

/** One vCard property (a content line before escaping and folding). */
export interface VCardProperty {
  /** Apple's grouping (`item1.TEL` + `item1.X-ABLabel`): RFC 6350 §3.3 "group". */
  readonly group?: string;
  /** As written on the line: standard names upper case, vendor names in their usual case. */
  readonly name: string;
  readonly params: readonly VCardParam[];
  readonly value: VCardValue;
}

/** A text value. */
export const text = (value: string): VCardValue => ({ type: "text", value });
/** A URI value. */
export const uri = (value: string): VCardValue => ({ type: "uri", value });
/** A structured (semicolon-separated) text value. */
export const structured = (value: readonly string[]): VCardValue => ({ type: "structured", value });

/** A parameter; values that are empty strings are dropped, and so is a parameter left empty. */
export function param(name: string, ...values: readonly (string | undefined)[]): VCardParam[] {
  const kept = values.filter((v): v is string => v !== undefined && v !== "");
  return kept.length > 0 ? [{ name, values: kept }] : [];
}

/** A property; `params` may hold the empty lists `param` returns for absent values. */
export function property(
  name: string,
  value: VCardValue,
  params: readonly (readonly VCardParam[])[] = [],
  group?: string,
): VCardProperty {
  const flat: VCardParam[] = [];
  for (const list of params) for (const p of list) flat.push(p);
  return group ? { group, name, params: flat, value } : { name, params: flat, value };
}
