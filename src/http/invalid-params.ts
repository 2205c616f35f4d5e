/**
 * @module The 400 of every route that reads a query string: one problem listing every wrong
 * parameter with its reason (RFC 9457 §3, the "invalid-params" extension of its example).
 */
import type { CursorRefusal } from "../search/directory-page";
import type { InvalidParam } from "./directory-query";
import { HttpProblem } from "./problem";

/** A 400 listing every wrong parameter, with any `headers` it needs (`Vary`). */
export function invalidParamsProblem(
  invalid: readonly InvalidParam[],
  headers: Record<string, string> = {},
): HttpProblem {
  const detail = invalid.map((p) => `${p.name} ${p.reason}`).join("; ");
  return new HttpProblem(
    { title: "Bad Request", status: 400, detail: `${detail}.`, "invalid-params": invalid },
    headers,
  );
}

/** Why a cursor cannot continue a listing, and what to do instead. */
export function cursorRefusal(reason: CursorRefusal): InvalidParam {
  switch (reason) {
    case "stale":
      return {
        name: "cursor",
        reason:
          "the directory has changed since this cursor was issued: start again from the first page, without a cursor",
      };
    case "other-query":
      return {
        name: "cursor",
        reason: "this cursor belongs to another search: send it with the same q, kind and tag as the page that gave it",
      };
    case "malformed":
    case "tampered":
    case "position":
      return {
        name: "cursor",
        reason: "this is not a cursor this service issued: use the next value of a previous page as it is",
      };
  }
}
