/**
 * @module The OpenAPI entries of ./contacts.ts: read by the build that writes `/openapi.json`
 * (src/cli/build-data.ts, with the data) and by the tests, never by the worker, so that neither these
 * schemas nor their conversion to JSON Schema weigh on it.
 */
import * as z from "zod/mini";
import { ContactJsonSchema } from "../../formats/json-schema";
import { JSContactCardSchema } from "../../formats/jscontact-schema";
import { VCARD_VERSIONS } from "../../formats/vcard";
import { FORMATS, MEDIA_TYPES } from "../contact-formats";
import { InvalidParamsProblemSchema, problemDoc } from "../openapi/problem-doc";
import { CONTACT_ID_PARAMETER } from "../openapi/parameters";
import { component, type RouteDoc } from "../openapi/route-doc";
import { CONTACT_ROUTE } from "./contacts";

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
