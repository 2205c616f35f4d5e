/**
 * @module The directory routes: `GET /v1/contacts?q=&kind=&tag=&limit=&cursor=`, one page of
 * contact summaries with the cursor of the next, and `GET /contacts`, the same as an HTML page
 * with a search form. Thin: the query parser, the store and the formats do the work; this maps
 * their refusals to 400 problem+json (or, for a browser on the page, the page with the error).
 */
import { Hono, type Context } from "hono";
import { html } from "hono/html";
import { DirectoryDocument, firstPage } from "../../formats/directory-page";
import { toSummary } from "../../formats/summary";
import { DIRECTORY_PATHS } from "../../model/urls";
import { readDirectoryPage, type CursorRefusal } from "../../search/directory-page";
import type { AppEnv } from "../app";
import { parseDirectoryQuery, QUERY_MAX_LENGTH, type InvalidParam } from "../directory-query";
import { HttpProblem } from "../problem";

/** A 400 listing every wrong parameter (RFC 9457 §3: "invalid-params"). */
export function invalidParamsProblem(invalid: readonly InvalidParam[]): HttpProblem {
  const detail = invalid.map((p) => `${p.name} ${p.reason}`).join("; ");
  return new HttpProblem({ title: "Bad Request", status: 400, detail: `${detail}.`, "invalid-params": invalid });
}

/** Why a cursor cannot continue this listing, and what to do instead. */
export function cursorRefusal(reason: CursorRefusal): InvalidParam {
  switch (reason) {
    case "stale":
      return { name: "cursor", reason: "the directory has changed since this cursor was issued: start again from the first page, without a cursor" };
    case "other-query":
      return { name: "cursor", reason: "this cursor belongs to another search: send it with the same q, kind and tag as the page that gave it" };
    case "malformed":
    case "tampered":
    case "position":
      return { name: "cursor", reason: "this is not a cursor this service issued: use the next value of a previous page as it is" };
  }
}

/** The directory listing's routes. */
export const directoryRoutes = new Hono<AppEnv>();

directoryRoutes.get(DIRECTORY_PATHS.api, async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseDirectoryQuery(url.searchParams, "page");
  if (!parsed.ok) throw invalidParamsProblem(parsed.invalid);
  const page = await readDirectoryPage(c.var.store, parsed.query);
  if (!page.ok) throw invalidParamsProblem([cursorRefusal(page.reason)]);

  const items = page.contacts.map((contact) => toSummary(contact, url.origin));
  if (page.next === undefined) return c.json({ items });
  // RFC 8288 §3: the next page as a Link too, so generic clients can follow it.
  const next = new URL(url);
  next.searchParams.set("cursor", page.next);
  c.header("Link", `<${next.href}>; rel="next"`);
  return c.json({ items, next: page.next });
});

// HTML §13.1.1: a document starts with its DOCTYPE, which JSX cannot write.
const htmlDocument = (document: ReturnType<typeof DirectoryDocument>) => html`<!DOCTYPE html>${document}`;

// A browser asks for text/html: show it the page with the form and the error to correct.
const wantsHtml = (c: Context) => /\btext\/html\b(?!\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$))/i.test(c.req.header("Accept") ?? "");

directoryRoutes.get(DIRECTORY_PATHS.page, async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseDirectoryQuery(url.searchParams, "page");
  if (!parsed.ok) {
    if (!wantsHtml(c)) throw invalidParamsProblem(parsed.invalid);
    // Keep what was typed in the search box, to correct the rest.
    const text = url.searchParams.get("q")?.slice(0, QUERY_MAX_LENGTH);
    return c.html(htmlDocument(<DirectoryDocument filter={text ? { text } : {}} contacts={[]} errors={parsed.invalid} />), 400);
  }
  const { filter, cursor } = parsed.query;
  const page = await readDirectoryPage(c.var.store, parsed.query);
  if (!page.ok) {
    const refusal = cursorRefusal(page.reason);
    if (!wantsHtml(c)) throw invalidParamsProblem([refusal]);
    return c.html(htmlDocument(<DirectoryDocument filter={filter} contacts={[]} errors={[refusal]} paged />), 400);
  }
  let next: string | undefined;
  if (page.next !== undefined) {
    const params = new URL(firstPage(filter), url).searchParams;
    if (url.searchParams.get("limit")) params.set("limit", String(parsed.query.limit));
    params.set("cursor", page.next);
    next = `${DIRECTORY_PATHS.page}?${params}`;
  }
  return c.html(htmlDocument(<DirectoryDocument filter={filter} contacts={page.contacts} {...(next ? { next } : {})} paged={cursor !== undefined} />));
});
