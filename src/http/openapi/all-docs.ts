/**
 * @module Every route's OpenAPI entries, and the document made of them. Add your route module's
 * list to `ROUTE_DOCS`; tests/worker/api-openapi.test.ts fails for a registered route that is
 * missing. The build writes the document (src/cli/build-data.ts); the worker only sends it.
 */
import { contactDocs } from "../routes/contact-docs";
import { directoryDocs } from "../routes/directory-docs";
import { API_INFO, openApiDocs } from "../routes/openapi-docs";
import { pageDocs } from "../routes/page-docs";
import { qrDocs } from "../routes/qr-docs";
import { validateDocs } from "../routes/validate-docs";
import { vcardDocs } from "../routes/vcard-docs";
import { buildOpenApiDocument } from "./document";
import type { RouteDoc } from "./route-doc";

/** Every route module's entries. */
export const ROUTE_DOCS: readonly RouteDoc[] = [
  ...contactDocs,
  ...validateDocs,
  ...directoryDocs,
  ...vcardDocs,
  ...qrDocs,
  ...pageDocs,
  ...openApiDocs,
];

/**
 * The text of `GET /openapi.json`: compact, as tools read it (browsers' JSON viewers indent it);
 * indented, it would weigh 4.5 KiB more in the gzipped worker.
 */
export const openApiDocumentText = (): string => JSON.stringify(buildOpenApiDocument(ROUTE_DOCS, API_INFO));
