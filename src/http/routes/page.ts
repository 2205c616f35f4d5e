/**
 * @module The contact pages: `GET /` (the primary contact), `GET /contacts/{id}` (any contact)
 * and `GET /contacts/{id}/embed` (the card alone, for another site's iframe). Thin: the pages
 * are written by src/formats/html/. An unknown id is a 404: a browser (Accept: text/html) gets
 * a page saying so with links onwards, any other client RFC 9457 problem+json naming the id.
 */
import { Hono, type Context } from "hono";
import { renderContactPage, renderEmbedPage, renderNotFoundPage } from "../../formats/html";
import type { Contact } from "../../model/contact";
import { ID_MAX_LENGTH } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { acceptsHtml, HTML_CONTENT_TYPE, pageHeaders, sendHtml, type Framing } from "../html-page";
import { createRepresentationCache, sendRepresentation } from "../representation";
import { originOf } from "../request-url";
import { problem } from "../problem";

/**
 * `/contacts/{id}`: any one segment, not only ids of the data's pattern, so that a mistyped
 * link still gets the page that says what happened.
 */
export const CONTACT_PAGE_ROUTE = `${DIRECTORY_PATHS.page}/:id`;
/** `/contacts/{id}/embed`. */
export const CONTACT_EMBED_ROUTE = `${DIRECTORY_PATHS.page}/:id/embed`;

/** The contact of the path's id, or the 404 its client can read. */
async function contactOr404(c: Context<AppEnv>): Promise<Contact | Response> {
  const id = (c.req.param("id") ?? "").slice(0, ID_MAX_LENGTH);
  const contact = await c.get("store").get(id);
  if (contact) return contact;
  // The answer depends on Accept: caches must key on it (RFC 9110 §12.5.5).
  c.header("Vary", "Accept");
  if (acceptsHtml(c)) return sendHtml(c, renderNotFoundPage(id), 404);
  throw problem(404, `There is no contact with the id "${id}".`, { id }, { Vary: "Accept" });
}

/** The page routes. */
export const pageRoutes = new Hono<AppEnv>();

// A contact's page depends on nothing but the contact and the origin its links point to:
// written once per contact and origin, and sent sealed with its ETag.
const pages = createRepresentationCache<Contact>();

/** The page of `contact` in `variant`, written by `render` the first time. */
async function sendPage(
  c: Context<AppEnv>,
  contact: Contact,
  variant: string,
  framing: Framing,
  render: () => string,
): Promise<Response> {
  const headers = await pageHeaders(framing);
  const page = await pages.get(contact, variant, () => ({ body: render(), contentType: HTML_CONTENT_TYPE, headers }));
  return sendRepresentation(c, page);
}

/** The contact's page, its links under the request's origin. */
function sendContactPage(c: Context<AppEnv>, contact: Contact): Promise<Response> {
  const origin = originOf(c.req.url);
  return sendPage(c, contact, `page ${origin}`, "none", () => renderContactPage(contact, { origin }));
}

pageRoutes.get(DIRECTORY_PATHS.home, async (c) => sendContactPage(c, await c.get("store").primary()));

pageRoutes.get(CONTACT_PAGE_ROUTE, async (c) => {
  const found = await contactOr404(c);
  return found instanceof Response ? found : sendContactPage(c, found);
});

pageRoutes.get(CONTACT_EMBED_ROUTE, async (c) => {
  const found = await contactOr404(c);
  return found instanceof Response ? found : sendPage(c, found, "embed", "any", () => renderEmbedPage(found));
});
