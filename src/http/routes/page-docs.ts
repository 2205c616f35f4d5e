/**
 * @module The OpenAPI entries of ./page.ts: read by the build that writes `/openapi.json`
 * (src/cli/build-data.ts, with the data) and by the tests, never by the worker, so that neither these
 * schemas nor their conversion to JSON Schema weigh on it.
 */
import * as z from "zod/mini";
import { DIRECTORY_PATHS } from "../../model/urls";
import { problemContent } from "../openapi/problem-doc";
import type { RouteDoc } from "../openapi/route-doc";
import { CONTACT_EMBED_ROUTE, CONTACT_PAGE_ROUTE } from "./page";

const HTML_PAGE = { "text/html": {} };
const idParameter = {
  name: "id",
  in: "path",
  description: "The contact's id.",
  schema: z.string(),
  example: "beijing-office",
} as const;
const notFound = {
  description:
    "No contact has this id: for a browser (Accept: text/html) a page saying so, otherwise problem details naming the id.",
  content: { ...HTML_PAGE, ...problemContent() },
};

/** The OpenAPI entries of the pages (HTML, for people: documented so every route is). */
export const pageDocs: readonly RouteDoc[] = [
  {
    method: "get",
    route: DIRECTORY_PATHS.home,
    operationId: "getPrimaryContactPage",
    summary: "The primary contact's page (HTML)",
    description:
      "English and Chinese, tap-to-call links, chat links, the address with map links, the card's download and QR code, schema.org JSON-LD, h-card and Open Graph.",
    tags: ["pages"],
    responses: { "200": { description: "The page.", content: HTML_PAGE } },
  },
  {
    method: "get",
    route: CONTACT_PAGE_ROUTE,
    operationId: "getContactPage",
    summary: "A contact's page (HTML)",
    tags: ["pages"],
    parameters: [idParameter],
    responses: { "200": { description: "The page.", content: HTML_PAGE }, "404": notFound },
  },
  {
    method: "get",
    route: CONTACT_EMBED_ROUTE,
    operationId: "getContactEmbed",
    summary: "A contact's card alone, for an iframe on another site (HTML, frameable by any origin)",
    tags: ["pages"],
    parameters: [idParameter],
    responses: { "200": { description: "The card.", content: HTML_PAGE }, "404": notFound },
  },
];
