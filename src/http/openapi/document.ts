/**
 * @module Builds the OpenAPI 3.1 document from the routes' own docs (./route-doc.ts): each
 * zod schema becomes JSON Schema 2020-12 through `z.toJSONSchema`, named ones once under
 * `components/schemas`; what the HTTP core does for every route (ETag, 304, 412) is added
 * here, once. Pure.
 */
import * as z from "zod/mini";
import { problemDoc } from "./problem-doc";
import { openApiPath, type DocSchema, type MediaDoc, type ResponseDoc, type RouteDoc } from "./route-doc";

/** The document's `info` (OpenAPI 3.1 §4.8.2) and its tags' descriptions. */
export interface OpenApiInfo {
  readonly title: string;
  readonly version: string;
  readonly description: string;
  readonly tags: Readonly<Record<string, string>>;
}

/** A JSON value of the document. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** The OpenAPI document: plain JSON. */
export type OpenApiDocument = { readonly openapi: string } & Record<string, Json>;

/** OpenAPI 3.1 allows any JSON Schema dialect; ours is plain 2020-12, as zod writes it. */
export const JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

type Io = "input" | "output";

/** Converts schemas, collecting the named ones. */
class SchemaWriter {
  readonly components: Record<string, Json> = {};

  write(schema: DocSchema, io: Io): Json {
    if ("name" in schema && "schema" in schema) {
      const converted = this.convert(schema.schema, io);
      const known = this.components[schema.name];
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(converted)) {
        throw new Error(`two different schemas are named ${schema.name} in the OpenAPI document`);
      }
      this.components[schema.name] = converted;
      return { $ref: `#/components/schemas/${schema.name}` };
    }
    return this.convert(schema, io);
  }

  private convert(schema: z.core.$ZodType, io: Io): Json {
    const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      unrepresentable: "any",
    }) as Record<string, Json>;
    // A local "$defs" reference would resolve against the OpenAPI document, not the schema.
    if ("$defs" in json)
      throw new Error("a recursive schema cannot be inlined in the OpenAPI document: name its parts");
    return json;
  }
}

// RFC 9110 §13: what the conditional-request middleware adds to every GET.
const CONDITIONAL_RESPONSES: Readonly<Record<string, ResponseDoc>> = {
  "304": {
    description: "Not Modified: If-None-Match matched the current representation's ETag (RFC 9110 §15.4.5).",
    headers: {
      ETag: { description: "The current representation's strong entity tag.", schema: z.string(), required: true },
    },
  },
  "412": problemDoc("Precondition Failed: If-Match did not match the current representation (RFC 9110 §13.1.1)."),
};

const ETAG_HEADER = {
  description: "Strong entity tag of this representation (RFC 9110 §8.8.3): send it back in If-None-Match.",
  schema: z.string(),
  required: true,
};
const CACHE_CONTROL_HEADER = {
  description: "How long caches may keep the answer (RFC 9111 §5.2.2).",
  schema: z.string(),
  required: true,
};

function writeContent(writer: SchemaWriter, content: Readonly<Record<string, MediaDoc>>, io: Io): Json {
  const out: Record<string, Json> = {};
  for (const [type, media] of Object.entries(content)) {
    const entry: Record<string, Json> = {};
    if (media.schema) entry.schema = writer.write(media.schema, io);
    if (media.example !== undefined) entry.example = media.example as Json;
    out[type] = entry;
  }
  return out;
}

function writeResponse(writer: SchemaWriter, response: ResponseDoc, extraHeaders: ResponseDoc["headers"] = {}): Json {
  const out: Record<string, Json> = { description: response.description };
  const headers = { ...extraHeaders, ...response.headers };
  if (Object.keys(headers).length > 0) {
    out.headers = Object.fromEntries(
      Object.entries(headers).map(([name, h]) => [
        name,
        { description: h.description, required: h.required ?? false, schema: writer.write(h.schema, "output") },
      ]),
    );
  }
  if (response.content) out.content = writeContent(writer, response.content, "output");
  return out;
}

function writeOperation(writer: SchemaWriter, doc: RouteDoc): Json {
  const get = doc.method === "get";
  const responses: Record<string, Json> = {};
  for (const [status, response] of Object.entries(doc.responses)) {
    const extra: ResponseDoc["headers"] =
      get && status === "200" ? { ETag: ETAG_HEADER, "Cache-Control": CACHE_CONTROL_HEADER } : {};
    responses[status] = writeResponse(writer, response, extra);
  }
  if (get)
    for (const [status, response] of Object.entries(CONDITIONAL_RESPONSES))
      responses[status] ??= writeResponse(writer, response);
  const operation: Record<string, Json> = { operationId: doc.operationId, summary: doc.summary, tags: [...doc.tags] };
  if (doc.description) operation.description = doc.description;
  if (doc.parameters?.length) {
    operation.parameters = doc.parameters.map((p) => {
      const parameter: Record<string, Json> = {
        name: p.name,
        in: p.in,
        description: p.description,
        required: p.in === "path" ? true : (p.required ?? false),
        schema: writer.write(p.schema, "input"),
      };
      if (p.example !== undefined) parameter.example = p.example as Json;
      return parameter;
    });
  }
  if (doc.requestBody)
    operation.requestBody = {
      description: doc.requestBody.description,
      required: doc.requestBody.required,
      content: writeContent(writer, doc.requestBody.content, "input"),
    };
  operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
  return operation;
}

/** The OpenAPI 3.1 document of `docs`. Throws on a path and method documented twice. */
export function buildOpenApiDocument(docs: readonly RouteDoc[], info: OpenApiInfo): OpenApiDocument {
  const writer = new SchemaWriter();
  const paths: Record<string, Record<string, Json>> = {};
  for (const doc of docs) {
    const path = doc.path ?? openApiPath(doc.route);
    const item = (paths[path] ??= {});
    if (item[doc.method]) throw new Error(`${doc.method.toUpperCase()} ${path} is documented twice`);
    item[doc.method] = writeOperation(writer, doc);
  }
  const usedTags = [...new Set(docs.flatMap((d) => d.tags))];
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: JSON_SCHEMA_DIALECT,
    info: { title: info.title, version: info.version, description: info.description },
    tags: usedTags.map((name): Json => (info.tags[name] ? { name, description: info.tags[name] } : { name })),
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: Object.fromEntries(Object.entries(writer.components).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}
