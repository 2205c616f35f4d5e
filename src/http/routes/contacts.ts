/**
 * @module `GET /v1/contacts/{id}`: one contact as friendly JSON (the default), JSContact,
 * jCard or vCard, chosen by `?format=` or else by Accept with its q-values (RFC 9110 §12.5.1).
 * Thin: ../contact-formats.ts knows the formats and keeps each body with its ETag once.
 */
import { Hono } from "hono";
import * as z from "zod/mini";
import { ContactJsonSchema } from "../../formats/json-schema";
import { JSContactCardSchema } from "../../formats/jscontact-schema";
import { VCARD_VERSIONS } from "../../formats/vcard";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { AVAILABLE, chooseByAccept, FORMATS, MEDIA_TYPES, formatQueryOf, representationOf } from "../contact-formats";
import { invalidParamsProblem } from "../invalid-params";
import { InvalidParamsProblemSchema, problemDoc } from "../openapi/problem-doc";
import { CONTACT_ID_PARAMETER } from "../openapi/parameters";
import { component, type RouteDoc } from "../openapi/route-doc";
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

/** RFC 7095 §3.3: `["vcard", [[name, params, type, value, …], …]]`. */
const JCardSchema = z.tuple([
  z.literal("vcard"),
  z.array(
    z
      .tuple([z.string(), z.record(z.string(), z.union([z.string(), z.array(z.string())])), z.string()], z.unknown())
      .check(z.minLength(4)),
  ),
]);

const negotiatedHeaders = {
  Vary: { description: "Accept, when the format was negotiated (absent with ?format=).", schema: z.string() },
  "Content-Location": {
    description: "The URL of the representation chosen (with ?format=), when negotiated.",
    schema: z.string(),
  },
};

/** The OpenAPI entries of these routes. */
export const contactDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: CONTACT_ROUTE,
    operationId: "getContact",
    summary: "One contact, in the format asked for",
    description:
      "Friendly JSON by default. `?format=` chooses, or else Accept with q-values (RFC 9110 §12.5.1): application/json, application/jscontact+json (RFC 9553, with the Chinese version as localizations), " +
      "application/vcard+json (jCard, RFC 7095), text/vcard (vCard 3.0; text/vcard;version=4.0 or ?version=4.0 for 4.0). An Accept nothing satisfies is a 406 listing what is available.",
    tags: ["contacts"],
    parameters: [
      CONTACT_ID_PARAMETER,
      {
        name: "format",
        in: "query",
        description: "The format, instead of Accept.",
        schema: z.enum(FORMATS),
        example: "jscontact",
      },
      {
        name: "version",
        in: "query",
        description: "The vCard version (3.0 by default), with format=vcard or a vCard Accept.",
        schema: z.enum(VCARD_VERSIONS),
        example: "4.0",
      },
    ],
    responses: {
      "200": {
        description: "The contact.",
        headers: negotiatedHeaders,
        content: {
          [MEDIA_TYPES.json]: { schema: component("Contact", ContactJsonSchema) },
          [MEDIA_TYPES.jscontact]: { schema: component("JSContactCard", JSContactCardSchema) },
          [MEDIA_TYPES.jcard]: { schema: component("JCard", JCardSchema) },
          [MEDIA_TYPES.vcard]: { schema: z.string().check(z.regex(/^BEGIN:VCARD\r\n/)) },
        },
      },
      "400": problemDoc("A wrong format or version, each named in invalid-params.", InvalidParamsProblemSchema),
      "404": problemDoc("No contact has this id; the problem names it (id)."),
      "406": problemDoc("Accept allows none of the formats; the problem lists them (available)."),
    },
  },
];
