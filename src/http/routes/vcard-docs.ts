/**
 * @module The OpenAPI entries of the contact card downloads (`GET /contact.vcf`,
 * `GET /v1/contacts/{id}.vcf`), from the constants the routes use (./vcard.ts).
 */
import * as z from "zod/mini";
import { VCARD_VERSIONS } from "../../formats/vcard";
import { DIRECTORY_PATHS } from "../../model/urls";
import { InvalidParamsProblemSchema, problemDoc } from "../openapi/problem-doc";
import { CONTACT_ID_PARAMETER } from "../openapi/parameters";
import type { ParameterDoc, ResponseDoc, RouteDoc } from "../openapi/route-doc";
import { CONTACT_VCARD_ROUTE } from "./vcard";

const VERSION: ParameterDoc = {
  name: "version",
  in: "query",
  description:
    "The vCard version: 3.0 (the default, imported by every phone: stock Android does not import 4.0) or 4.0 (RFC 6350).",
  schema: z.enum(VCARD_VERSIONS),
  example: "3.0",
};

const CARD: ResponseDoc = {
  description: "The contact card, to save (RFC 6350; RFC 2426 for 3.0).",
  headers: {
    "Content-Disposition": {
      description: "attachment, named after the contact's id, with an RFC 8187 filename* (RFC 6266).",
      schema: z.string(),
      required: true,
    },
  },
  content: { "text/vcard": { schema: z.string().check(z.regex(/^BEGIN:VCARD\r\nVERSION:(?:3|4)\.0\r\n/)) } },
};

const BAD_VERSION = problemDoc("A version other than 3.0 or 4.0, named in invalid-params.", InvalidParamsProblemSchema);

/** The card downloads' entries for `GET /openapi.json`. */
export const vcardDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: DIRECTORY_PATHS.primaryVcard,
    operationId: "downloadPrimaryVCard",
    summary: "The primary contact's card, to save on a phone",
    description: 'The link websites put behind "Download contact card".',
    tags: ["vcard"],
    parameters: [VERSION],
    responses: { "200": CARD, "400": BAD_VERSION },
  },
  {
    method: "get",
    route: CONTACT_VCARD_ROUTE,
    // The parameter holds the id and the suffix; OpenAPI names the id alone, so that this path
    // is not the same template as /v1/contacts/{id} (OpenAPI 3.1 §4.8.8).
    path: "/v1/contacts/{id}.vcf",
    operationId: "downloadVCard",
    summary: "A contact's card, to save on a phone",
    tags: ["vcard"],
    parameters: [CONTACT_ID_PARAMETER, VERSION],
    responses: {
      "200": CARD,
      "400": BAD_VERSION,
      "404": problemDoc("No contact has this id; the problem names it (id)."),
    },
  },
];
