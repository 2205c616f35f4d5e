/**
 * @module The directory routes: `GET /v1/contacts?q=&kind=&tag=&limit=&cursor=`, one page of
 * contact summaries with the cursor of the next; `GET /v1/directory.vcf` with the same filters,
 * every match as one streamed vCard file; and `GET /contacts`, the HTML page with a search
 * form. Thin: the query parser, the store and the formats do the work; this maps their
 * refusals to 400 problem+json (or, for a browser on the page, the page with the error).
 */
import { Hono } from "hono";
import { firstPage, renderDirectoryPage } from "../../formats/directory-page";
import { toSummary, type DirectoryPageJson } from "../../formats/summary";
import { streamText } from "../../formats/text-stream";
import { streamVCards } from "../../formats/vcard";
import type { Contact } from "../../model/contact";
import { DIRECTORY_PATHS } from "../../model/urls";
import { readDirectoryPage } from "../../search/directory-page";
import type { DirectoryFilter } from "../../search/find";
import type { AppEnv } from "../app";
import { attachment } from "../content-disposition";
import { parseDirectoryQuery, QUERY_MAX_LENGTH } from "../directory-query";
import { acceptsHtml, sendHtml } from "../html-page";
import { cursorRefusal, invalidParamsProblem } from "../invalid-params";
import { HttpProblem } from "../problem";
import { createRecentAnswers } from "../recent-answers";
import { sendRepresentation } from "../representation";
import { parseVCardVersion } from "../vcard-version";
import { VCARD_CONTENT_TYPE } from "./vcard";

const JSON_TYPE = "application/json";

/** The directory listing's routes. */
export const directoryRoutes = new Hono<AppEnv>();

// The same search asked again (a popular query, a page reloaded) is answered from here.
const listings = createRecentAnswers();

directoryRoutes.get(DIRECTORY_PATHS.api, async (c) => {
  const answer = await listings.get(c.get("store"), c.req.url, async () => {
    const url = new URL(c.req.url);
    const parsed = parseDirectoryQuery(url.searchParams, "page");
    if (!parsed.ok) throw invalidParamsProblem(parsed.invalid);
    const page = await readDirectoryPage(c.get("store"), parsed.query);
    if (!page.ok) throw invalidParamsProblem([cursorRefusal(page.reason)]);

    const items = page.contacts.map((contact) => toSummary(contact, url.origin));
    if (page.next === undefined)
      return { body: JSON.stringify({ items } satisfies DirectoryPageJson), contentType: JSON_TYPE };
    // RFC 8288 §3: the next page as a Link too, so generic clients can follow it.
    const next = new URL(url);
    next.searchParams.set("cursor", page.next);
    return {
      body: JSON.stringify({ items, next: page.next } satisfies DirectoryPageJson),
      contentType: JSON_TYPE,
      headers: { Link: `<${next.href}>; rel="next"` },
    };
  });
  return sendRepresentation(c, answer);
});

directoryRoutes.get(DIRECTORY_PATHS.page, async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseDirectoryQuery(url.searchParams, "page");
  if (!parsed.ok) {
    // A browser gets the form back with what to correct; other clients problem+json.
    c.header("Vary", "Accept");
    if (!acceptsHtml(c)) throw invalidParamsProblem(parsed.invalid, { Vary: "Accept" });
    // Keep what was typed in the search box, to correct the rest.
    const text = url.searchParams.get("q")?.slice(0, QUERY_MAX_LENGTH);
    return sendHtml(
      c,
      renderDirectoryPage({ filter: text ? { text } : {}, contacts: [], errors: parsed.invalid }),
      400,
    );
  }
  const { filter, cursor } = parsed.query;
  const page = await readDirectoryPage(c.get("store"), parsed.query);
  if (!page.ok) {
    const refusal = cursorRefusal(page.reason);
    c.header("Vary", "Accept");
    if (!acceptsHtml(c)) throw invalidParamsProblem([refusal], { Vary: "Accept" });
    return sendHtml(c, renderDirectoryPage({ filter, contacts: [], errors: [refusal], paged: true }), 400);
  }
  let next: string | undefined;
  if (page.next !== undefined) {
    const params = new URL(firstPage(filter), url).searchParams;
    if (url.searchParams.get("limit")) params.set("limit", String(parsed.query.limit));
    params.set("cursor", page.next);
    next = `${DIRECTORY_PATHS.page}?${params}`;
  }
  return sendHtml(
    c,
    renderDirectoryPage({ filter, contacts: page.contacts, ...(next ? { next } : {}), paged: cursor !== undefined }),
  );
});

/**
 * The contacts of `filter` sorted by id, the order of `all()` and of the files in data/, so two
 * exports of the same data compare line by line. Only references are collected: the cards
 * are still written one at a time as the client reads.
 */
async function matchingById(contacts: AsyncIterable<Contact>): Promise<Contact[]> {
  const out: Contact[] = [];
  for await (const contact of contacts) out.push(contact);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Says what a filter asked for, in a problem's detail. */
const describeFilter = (filter: DirectoryFilter) =>
  [
    filter.text ? `q=${JSON.stringify(filter.text)}` : "",
    filter.kind ? `kind=${filter.kind}` : "",
    filter.tag ? `tag=${filter.tag}` : "",
  ]
    .filter(Boolean)
    .join(", ");

directoryRoutes.get(DIRECTORY_PATHS.vcard, async (c) => {
  const params = new URL(c.req.url).searchParams;
  const parsed = parseDirectoryQuery(params, "filter");
  const version = parseVCardVersion(params);
  const invalid = [...(parsed.ok ? [] : parsed.invalid), ...(version.ok ? [] : [version.invalid])];
  if (!parsed.ok || !version.ok) throw invalidParamsProblem(invalid);
  const { filter } = parsed.query;
  const contacts = await matchingById(c.get("store").scan(filter));
  // RFC 6350 §3.3: a vCard file holds one card or more; an empty one would fail to import.
  if (contacts.length === 0)
    throw new HttpProblem({
      title: "Not Found",
      status: 404,
      detail: `No contact matches ${describeFilter(filter)}: there is no card to download.`,
    });
  // One card at a time, as the client reads: the file is never whole in memory.
  const body = streamText(streamVCards(contacts, { version: version.version }));
  return c.body(body, 200, { "Content-Type": VCARD_CONTENT_TYPE, "Content-Disposition": attachment("directory.vcf") });
});
