/**
 * @module `GET /openapi.json`: the OpenAPI 3.1 document of every route. It is built from the
 * docs each route module keeps beside it (see ../openapi/route-doc.ts for how to add yours) by
 * `npm run build:data`, with the data, so the worker sends it as it is, with its ETag, and
 * carries neither those schemas nor the code that turns them into JSON Schema.
 */
import { Hono } from "hono";
import { openApiDocument } from "../../generated/openapi";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import { makeRepresentation, sendRepresentation, type Representation } from "../representation";

let document: Promise<Representation> | undefined;

/** The route serving the document. */
export const openApiRoutes = new Hono<AppEnv>();

openApiRoutes.get(DIRECTORY_PATHS.openapi, async (c) => {
  document ??= makeRepresentation({ body: openApiDocument, contentType: "application/json" });
  return sendRepresentation(c, await document);
});
