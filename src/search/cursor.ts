/**
 * @module Opaque pagination cursors. A cursor carries where the previous page stopped, bound
 * to the data's version and to the filter it was issued for, with a checksum: a cursor that
 * is not ours, was edited, belongs to another query or outlived a data change is refused
 * with its reason, never misread. Base64url (RFC 4648 §5), so it travels in a URL as is. Pure.
 *
 * The checksum is not a signature: the data is public, so a cursor carries no secret and a
 * well-formed one can only name a position that a client could reach by paging anyway.
 */
import { hash64 } from "./hash";
import { queryTerms } from "./normalise";
import type { DirectoryFilter } from "./find";

const CURSOR_FORMAT = 1;
/** Longer than any cursor we issue; refuse bigger input before decoding it. */
export const CURSOR_MAX_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** What a cursor binds together. */
export interface CursorState {
  /** The data version the cursor was issued for (`ContactStore.version`). */
  readonly version: string;
  /** `filterKey` of the query the cursor continues. */
  readonly filter: string;
  /** Where the next page starts, in the store's own terms (printable ASCII). */
  readonly position: string;
}

/** Why a cursor was refused. */
export type CursorError = "malformed" | "tampered" | "stale" | "other-query";

/** A decoded cursor's position, or why it was refused. */
export type CursorResult =
  { readonly ok: true; readonly position: string } | { readonly ok: false; readonly reason: CursorError };

/** A key naming what a filter selects: equal for filters that match the same contacts. */
export function filterKey(filter: DirectoryFilter): string {
  return hash64(JSON.stringify([queryTerms(filter.text ?? "").join(" "), filter.kind ?? "", filter.tag ?? ""]));
}

const checksum = (version: string, filter: string, position: string) =>
  hash64(`${CURSOR_FORMAT}\u0000${version}\u0000${filter}\u0000${position}`, CURSOR_FORMAT).slice(0, 12);

/** The opaque cursor for a state. */
export function encodeCursor(state: CursorState): string {
  const json = JSON.stringify([
    CURSOR_FORMAT,
    state.version,
    state.filter,
    state.position,
    checksum(state.version, state.filter, state.position),
  ]);
  return btoa(json).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The position a cursor carries, if it was issued for this version of the data and this filter. */
export function decodeCursor(
  cursor: string,
  expected: { readonly version: string; readonly filter: string },
): CursorResult {
  if (cursor.length > CURSOR_MAX_LENGTH || !BASE64URL.test(cursor)) return { ok: false, reason: "malformed" };
  let fields: unknown;
  try {
    fields = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (
    !Array.isArray(fields) ||
    fields.length !== 5 ||
    fields[0] !== CURSOR_FORMAT ||
    !fields.slice(1).every((f) => typeof f === "string")
  ) {
    return { ok: false, reason: "malformed" };
  }
  const [, version, filter, position, check] = fields as [number, string, string, string, string];
  if (check !== checksum(version, filter, position)) return { ok: false, reason: "tampered" };
  if (version !== expected.version) return { ok: false, reason: "stale" };
  if (filter !== expected.filter) return { ok: false, reason: "other-query" };
  return { ok: true, position };
}
