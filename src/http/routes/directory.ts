/**
 * @module The directory routes: `GET /v1/contacts?q=&kind=&tag=&limit=&cursor=`, one page of
 * contact summaries with the cursor of the next. Thin: the query parser, the store and the
 * summary format do the work; this maps their refusals to 400 problem+json.
 */
import { Hono } from "hono";
import { toSummary } from "../../formats/summary";
import { DIRECTORY_PATHS } from "../../model/urls";
import { readDirectoryPage, type CursorRefusal } from "../../search/directory-page";
import type { AppEnv } from "../app";
import { parseDirectoryQuery, type InvalidParam } from "../directory-query";
import { HttpProblem } from "../problem";

/** A 400 listing every wrong parameter (RFC 9457 §3: "invalid-params"). */
export function invalidParamsProblem(invalid: readonly InvalidParam[]): HttpProblem {
  const detail = invalid.map((p) => `${p.name} ${p.reason}`).join("; ");
  return new HttpProblem({ title: "Bad Request", status: 400, detail: `${detail}.`, "invalid-params": invalid });
}

/** A 400 for a cursor that cannot continue this listing, saying what to do instead. */
export function cursorProblem(reason: CursorRefusal): HttpProblem {
  let why: string;
  switch (reason) {
    case "stale":
      why = "the directory has changed since this cursor was issued: start again from the first page, without a cursor";
      break;
    case "other-query":
      why = "this cursor belongs to another search: send it with the same q, kind and tag as the page that gave it";
      break;
    case "malformed":
    case "tampered":
    case "position":
      why = "this is not a cursor this service issued: use the next value of a previous page as it is";
      break;
  }
  return invalidParamsProblem([{ name: "cursor", reason: why }]);
}

/** The directory listing's routes. */
export const directoryRoutes = new Hono<AppEnv>();

directoryRoutes.get(DIRECTORY_PATHS.api, async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseDirectoryQuery(url.searchParams, "page");
  if (!parsed.ok) throw invalidParamsProblem(parsed.invalid);
  const page = await readDirectoryPage(c.var.store, parsed.query);
  if (!page.ok) throw cursorProblem(page.reason);

  const items = page.contacts.map((contact) => toSummary(contact, url.origin));
  if (page.next === undefined) return c.json({ items });
  // RFC 8288 §3: the next page as a Link too, so generic clients can follow it.
  const next = new URL(url);
  next.searchParams.set("cursor", page.next);
  c.header("Link", `<${next.href}>; rel="next"`);
  return c.json({ items, next: page.next });
});
