/**
 * @module `GET /openapi.json`: the OpenAPI 3.1 document of every route, built from the docs
 * each route module exports (see ../openapi/route-doc.ts for how to add yours) on the first
 * request and kept for the isolate's life, with its ETag.
 */
import { Hono } from "hono";
import * as z from "zod/mini";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { buildOpenApiDocument, type OpenApiInfo } from "../openapi/document";
import type { RouteDoc } from "../openapi/route-doc";
import { makeRepresentation, sendRepresentation, type Representation } from "../representation";

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

/** The route serving the document of `docs` (every module's list, this one's included). */
export function openApiRoutes(docs: readonly (readonly RouteDoc[])[]): Hono<AppEnv> {
  let document: Promise<Representation> | undefined;
  const routes = new Hono<AppEnv>();
  routes.get(DIRECTORY_PATHS.openapi, async (c) => {
    document ??= makeRepresentation({
      body: JSON.stringify(buildOpenApiDocument([...docs.flat(), ...openApiDocs], API_INFO), null, 2),
      contentType: "application/json",
    });
    return sendRepresentation(c, await document);
  });
  return routes;
}
