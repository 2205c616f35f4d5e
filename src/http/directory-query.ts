/**
 * @module The query string of the directory routes (`q`, `kind`, `tag`, `limit`, `cursor`),
 * checked in one place: every wrong parameter is reported at once, by name, in the shape of
 * RFC 9457 §3's "invalid-params" example. An empty value counts as absent, as an HTML form
 * sends its unused fields. Unknown parameters are ignored (cache busters, tracking). Pure.
 */
import type { ContactKind } from "../model/contact";
import { CONTACT_KINDS, ID_MAX_LENGTH, ID_PATTERN } from "../model/schema";
import { CURSOR_MAX_LENGTH } from "../search/cursor";
import type { DirectoryFilter } from "../search/find";
import { singleParam } from "./query-param";

/** Smallest, default and largest page size. */
export const LIMIT = { min: 1, default: 20, max: 100 } as const;
/** Longest search text accepted: longer than any name, short enough to search fast. */
export const QUERY_MAX_LENGTH = 200;

/** One wrong parameter (RFC 9457 §3, "invalid-params"). */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

/** A directory request read from the query string. */
export interface DirectoryQuery {
  readonly filter: DirectoryFilter;
  readonly limit: number;
  readonly cursor?: string;
}

/** The parameters read, or every one that is wrong. */
export type DirectoryQueryResult =
  | { readonly ok: true; readonly query: DirectoryQuery }
  | { readonly ok: false; readonly invalid: readonly InvalidParam[] };

/** Which parameters a route reads: the listing pages, the export takes everything at once. */
export type DirectoryParams = "page" | "filter";

/** Reads the directory parameters of `params`; for `"filter"` routes, `limit` and `cursor` are refused. */
export function parseDirectoryQuery(params: URLSearchParams, accepts: DirectoryParams = "page"): DirectoryQueryResult {
  const invalid: InvalidParam[] = [];
  const single = (name: string): string | undefined => {
    const read = singleParam(params, name);
    if (!read.ok) invalid.push(read.invalid);
    // A repeated parameter is refused, and its first value still checked, to report all at once.
    return read.ok ? read.value : params.get(name)?.trim() || undefined;
  };

  const text = single("q");
  if (text !== undefined && [...text].length > QUERY_MAX_LENGTH)
    invalid.push({ name: "q", reason: `is ${[...text].length} characters long: expected at most ${QUERY_MAX_LENGTH}` });

  const kind = single("kind");
  if (kind !== undefined && !(CONTACT_KINDS as readonly string[]).includes(kind))
    invalid.push({
      name: "kind",
      reason: `${JSON.stringify(kind)} is not a kind of contact: expected one of ${CONTACT_KINDS.join(", ")}`,
    });

  const tag = single("tag");
  if (tag !== undefined && (tag.length > ID_MAX_LENGTH || !ID_PATTERN.test(tag)))
    invalid.push({
      name: "tag",
      reason: `${JSON.stringify(tag.slice(0, 80))} is not a tag: expected lowercase letters, digits and hyphens, like "beijing"`,
    });

  let limit: number = LIMIT.default;
  let cursor: string | undefined;
  if (accepts === "page") {
    const rawLimit = single("limit");
    if (rawLimit !== undefined) {
      limit = /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN;
      if (!(limit >= LIMIT.min && limit <= LIMIT.max))
        invalid.push({
          name: "limit",
          reason: `${JSON.stringify(rawLimit.slice(0, 80))} is not a page size: expected a whole number from ${LIMIT.min} to ${LIMIT.max}`,
        });
    }
    cursor = single("cursor");
    if (cursor !== undefined && cursor.length > CURSOR_MAX_LENGTH)
      invalid.push({
        name: "cursor",
        reason: "is longer than any cursor this service issues: expected the next value of a previous page",
      });
  } else {
    for (const name of ["limit", "cursor"])
      if (params.has(name))
        invalid.push({ name, reason: "does not apply here: this route returns every matching contact at once" });
  }

  if (invalid.length > 0) return { ok: false, invalid };
  const filter: DirectoryFilter = {
    ...(text ? { text } : {}),
    ...(kind ? { kind: kind as ContactKind } : {}),
    ...(tag ? { tag } : {}),
  };
  return { ok: true, query: { filter, limit, ...(cursor ? { cursor } : {}) } };
}
