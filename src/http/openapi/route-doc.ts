/**
 * @module How a route module documents its routes for `GET /openapi.json` (OpenAPI 3.1).
 *
 * HOW TO DOCUMENT YOUR ROUTES (one place per route module, never written twice):
 * 1. Beside your routes, export `xxxDocs: readonly RouteDoc[]`, one entry per method and
 *    path. `route` is the very string you registered with Hono (share a constant), so a test
 *    can tell that every registered route is documented; `path` is the OpenAPI template,
 *    derived from `route` (`:id{…}` → `{id}`) unless you give it.
 * 2. Describe parameters, bodies and responses with the zod/mini schemas your code parses
 *    and produces (`z.toJSONSchema` turns them into JSON Schema 2020-12, OpenAPI 3.1's
 *    dialect). Give a shared schema a name with `component("Name", schema)`: it is written
 *    once under `components/schemas` and referenced. Errors use `problemContent()`.
 * 3. Add your list to `ROUTE_DOCS` in `src/http/openapi/all-docs.ts`, and keep it in a module of
 *    its own (`<route>-docs.ts`): the build reads it, the worker must not carry it.
 * The middleware's behaviour is added to every operation by the document builder (304/412
 * and `ETag` on GETs), so do not repeat it. `tests/worker/api-openapi.test.ts` calls every
 * documented status and checks the answers against the schemas: give it a request for each
 * status you document.
 */
import type * as z from "zod/mini";

/** A zod schema, or one named for `components/schemas`. */
export type DocSchema = z.core.$ZodType | NamedSchema;

/** A schema written once under `components/schemas/<name>` and referenced elsewhere. */
export interface NamedSchema {
  readonly name: string;
  readonly schema: z.core.$ZodType;
}

/** Names `schema` for `components/schemas` (names must be unique in the document). */
export function component(name: string, schema: z.core.$ZodType): NamedSchema {
  return { name, schema };
}

/** A parameter (OpenAPI 3.1 §4.8.12). */
export interface ParameterDoc {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly description: string;
  /** Path parameters are always required. */
  readonly required?: boolean;
  readonly schema: DocSchema;
  readonly example?: unknown;
}

/** A body of one media type (OpenAPI 3.1 §4.8.14). */
export interface MediaDoc {
  /** Absent for bodies JSON Schema cannot describe usefully (vCard text, HTML). */
  readonly schema?: DocSchema;
  readonly example?: unknown;
}

/** A response header. */
export interface HeaderDoc {
  readonly description: string;
  readonly schema: DocSchema;
  readonly required?: boolean;
}

/** One status's response (OpenAPI 3.1 §4.8.17). */
export interface ResponseDoc {
  readonly description: string;
  readonly headers?: Readonly<Record<string, HeaderDoc>>;
  /** By media type (`application/json`, `text/vcard`, …). */
  readonly content?: Readonly<Record<string, MediaDoc>>;
}

/** HTTP methods as OpenAPI names its operations. */
export type DocMethod = "get" | "post" | "put" | "patch" | "delete";

/** One operation: a method on a path. */
export interface RouteDoc {
  readonly method: DocMethod;
  /** The path exactly as registered with Hono (`/v1/contacts/:id{[a-z0-9]+…}`). */
  readonly route: string;
  /** The OpenAPI path template, when deriving it from `route` is not right. */
  readonly path?: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly ParameterDoc[];
  readonly requestBody?: {
    readonly description: string;
    readonly required: boolean;
    readonly content: Readonly<Record<string, MediaDoc>>;
  };
  /** By status code (`"200"`, `"404"`). */
  readonly responses: Readonly<Record<string, ResponseDoc>>;
}

/** The OpenAPI template of a Hono path: `:name{pattern}` and `:name` become `{name}`. */
export function openApiPath(route: string): string {
  return route.replace(/:(\w+)(?:\{(?:\{[\d,]+\}|[^}])+\})?/g, "{$1}");
}
