/**
 * @module The OpenAPI entry of `GET /openapi.json` itself, and the document's title, version and
 * tags. Read by the build (src/http/openapi/all-docs.ts), never by the worker.
 */
import * as z from "zod/mini";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { OpenApiInfo } from "../openapi/document";
import type { RouteDoc } from "../openapi/route-doc";

/** The document's title, version and tags. */
export const API_INFO: OpenApiInfo = {
  title: "Contact card",
  version: "1.0.0",
  description:
    "An office's contact details as JSON, JSContact (RFC 9553), jCard (RFC 7095) and vCard (RFC 6350, RFC 2426), with an HTML page, a QR code and a searchable directory. " +
    "Every read answers HEAD and conditional requests (a strong ETag; If-None-Match gives 304), may be cached (Cache-Control), and is readable from any origin (CORS). " +
    "Every error is RFC 9457 problem details (application/problem+json); a method a path does not take is a 405 with Allow.",
  tags: {
    contacts: "Contacts, one at a time, in every format.",
    directory: "Every contact: search, pages and exports.",
    vcard: "Contact cards to download.",
    pages: "HTML pages for people.",
    tools: "Validation and this description.",
  },
};

/** What the document's own route returns. */
const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/)),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.looseObject({})),
});

/** The entry of `GET /openapi.json` itself. */
export const openApiDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: DIRECTORY_PATHS.openapi,
    operationId: "getOpenApiDocument",
    summary: "This API described in OpenAPI 3.1",
    description:
      "Generated from the schemas the service itself parses and produces, so it cannot drift from what the routes do.",
    tags: ["tools"],
    responses: {
      "200": {
        description: "The OpenAPI document.",
        content: { "application/json": { schema: OpenApiDocumentSchema } },
      },
    },
  },
];
