/**
 * @module The contact card downloads: `GET /contact.vcf` (the primary contact) and
 * `GET /v1/contacts/{id}.vcf`, each with `?version=3.0|4.0` (`/v1/directory.vcf` is in
 * ./directory.ts). Thin: `src/formats/vcard` writes the cards; this reads the version,
 * finds the contacts and names the download. Each card is sent from a representation kept per
 * contact and version (body and ETag made once), so a download costs a lookup, not a digest.
 */
import { Hono, type Context } from "hono";
import { toVCard, type VCardVersion } from "../../formats/vcard";
import type { Contact } from "../../model/contact";
import { ID_PATTERN } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { attachment } from "../content-disposition";
import { HttpProblem } from "../problem";
import { createRepresentationCache, sendRepresentation } from "../representation";
import { queryOf } from "../request-url";
import { parseVCardVersion } from "../vcard-version";
import { invalidParamsProblem } from "../invalid-params";

/** RFC 6350 §10.1: the vCard media type; UTF-8 is its only charset. */
export const VCARD_CONTENT_TYPE = "text/vcard; charset=utf-8";

/**
 * `/v1/contacts/{id}.vcf` as a Hono route: the id constrained to the data's id pattern, so no
 * other path (nor a route for `/v1/contacts/{id}` registered after this one) is taken for it.
 * The suffix sits inside the pattern: Hono matches a regular-expression parameter to the end
 * of its path segment.
 */
export const CONTACT_VCARD_ROUTE = `/v1/contacts/:file{${ID_PATTERN.source.replace(/^\^|\$$/g, "")}\\.vcf}`;

/** The version asked for, or a 400 naming the allowed values. */
function versionOf(c: Context<AppEnv>): VCardVersion {
  const parsed = parseVCardVersion(new URLSearchParams(queryOf(c.req.url)));
  if (!parsed.ok) throw invalidParamsProblem([parsed.invalid]);
  return parsed.version;
}

const cards = createRepresentationCache<Contact>();

/** The contact's card in `version` as a download named after its id. */
async function vcardResponse(c: Context<AppEnv>, contact: Contact, version: VCardVersion): Promise<Response> {
  const card = await cards.get(contact, version, () => ({
    body: toVCard(contact, { version }),
    contentType: VCARD_CONTENT_TYPE,
    headers: { "Content-Disposition": attachment(`${contact.id}.vcf`) },
  }));
  return sendRepresentation(c, card);
}

/** The vCard routes. */
export const vcardRoutes = new Hono<AppEnv>();

vcardRoutes.get(DIRECTORY_PATHS.primaryVcard, async (c) => {
  const version = versionOf(c);
  return vcardResponse(c, await c.get("store").primary(), version);
});

vcardRoutes.get(CONTACT_VCARD_ROUTE, async (c) => {
  const version = versionOf(c);
  const id = (c.req.param("file") ?? "").slice(0, -".vcf".length);
  const contact = await c.get("store").get(id);
  if (!contact)
    throw new HttpProblem({ title: "Not Found", status: 404, detail: `There is no contact with the id "${id}".`, id });
  return vcardResponse(c, contact, version);
});

// `GET /v1/directory.vcf` (every contact, or those of a search, in one streamed file) is a
// directory route: src/http/routes/directory.ts.
