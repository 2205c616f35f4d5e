/**
 * @module `GET /v1/contacts/{id}`: one contact as friendly JSON (the default), JSContact,
 * jCard or vCard, chosen by `?format=` or else by Accept with its q-values (RFC 9110 §12.5.1).
 * Thin: ../contact-formats.ts knows the formats and keeps each body with its ETag once.
 */
import { Hono } from "hono";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { AVAILABLE, chooseByAccept, FORMATS, formatQueryOf, representationOf } from "../contact-formats";
import { invalidParamsProblem } from "../invalid-params";
import { problem } from "../problem";
import { sendRepresentation } from "../representation";
import { originOf, queryOf } from "../request-url";

/**
 * The route, its id constrained to the data's id pattern: Hono matches a pattern to the end
 * of its segment, so `/v1/contacts/x.vcf` stays the vCard route's and `/v1/contacts/x/qr.svg`
 * the QR code's.
 */
export const CONTACT_ROUTE = `${DIRECTORY_PATHS.api}/:id{${ID_PATTERN.source.replace(/^\^|\$$/g, "")}}`;

/** The contact routes. */
export const contactRoutes = new Hono<AppEnv>();

contactRoutes.get(CONTACT_ROUTE, async (c) => {
  const query = formatQueryOf(queryOf(c.req.url));
  if (!query.ok) throw invalidParamsProblem(query.invalid);

  const id = c.req.param("id") ?? "";
  const contact = id.length <= ID_MAX_LENGTH ? await c.get("store").get(id) : undefined;
  if (!contact)
    throw problem(404, `There is no contact with the id "${id.slice(0, ID_MAX_LENGTH)}".`, {
      id: id.slice(0, ID_MAX_LENGTH),
    });

  let chosen;
  if (query.format === "vcard") chosen = { format: "vcard" as const, version: query.versions[0]! };
  else if (query.format) chosen = { format: query.format };
  else {
    const accept = c.req.header("Accept");
    chosen = chooseByAccept(accept, query.versions);
    // RFC 9110 §15.5.7: say what is available. Vary: the answer depends on Accept.
    if (!chosen) {
      throw problem(
        406,
        `Nothing here matches Accept: ${(accept ?? "").slice(0, 200)}. Available: ${AVAILABLE.join(", ")}; or choose with ?format=${FORMATS.join("|")}.`,
        { available: AVAILABLE },
        { Vary: "Accept" },
      );
    }
  }
  // Negotiated (no ?format=): the answer carries Vary: Accept and its Content-Location.
  const negotiated = query.format === undefined;
  return sendRepresentation(c, await representationOf(contact, chosen, originOf(c.req.url), negotiated));
});
