/**
 * The OpenAPI document says what the routes really do. Inside workerd:
 * - every route the app registered is documented, and every documented route is registered;
 * - each documented path template, filled with its examples, reaches its route;
 * - a table of requests elicits every documented status of every operation (304 and 412 of
 *   every GET included), and each answer has a documented status and media type, carries the
 *   documented required headers, and its body validates against the documented JSON Schema
 *   (with an independent validator, @cfworker/json-schema, over the document as served).
 * A route module that documents a new status or media type adds a request for it to PROBES.
 */
import { Validator } from "@cfworker/json-schema";
import { exports } from "cloudflare:workers";
import { PatternRouter } from "hono/router/pattern-router";
import { beforeAll, describe, expect, it } from "vitest";
import shipped from "../../data/beijing-office.json";
import { createApp } from "../../src/http/app";
import { openApiDocumentText, ROUTE_DOCS } from "../../src/http/openapi/all-docs";
import { openApiPath, type RouteDoc } from "../../src/http/openapi/route-doc";
import { bundledStore } from "../../src/store/bundled";

type Json = any;
const ORIGIN = "http://localhost";
const DOCS: readonly RouteDoc[] = ROUTE_DOCS;

/** A request, and the status it must get. */
interface Probe {
  readonly method?: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  readonly status: number;
}

const validContact = JSON.stringify(shipped);
const JSON_BODY = { "Content-Type": "application/json" };

/** Requests for every documented status and media type. Add yours beside your route's docs. */
const PROBES: readonly Probe[] = [
  // GET /v1/contacts/{id}
  { path: "/v1/contacts/beijing-office", status: 200 },
  { path: "/v1/contacts/beijing-office", headers: { Accept: "application/jscontact+json" }, status: 200 },
  { path: "/v1/contacts/beijing-office", headers: { Accept: "application/vcard+json" }, status: 200 },
  { path: "/v1/contacts/beijing-office", headers: { Accept: "text/vcard;version=4.0" }, status: 200 },
  { path: "/v1/contacts/beijing-office?format=vcard", status: 200 },
  { path: "/v1/contacts/beijing-office?format=xml", status: 400 },
  { path: "/v1/contacts/nobody", status: 404 },
  { path: "/v1/contacts/beijing-office", headers: { Accept: "image/png" }, status: 406 },
  // POST /v1/validate
  { method: "POST", path: "/v1/validate", headers: JSON_BODY, body: validContact, status: 200 },
  { method: "POST", path: "/v1/validate", headers: JSON_BODY, body: "{", status: 400 },
  { method: "POST", path: "/v1/validate", headers: JSON_BODY, body: " ".repeat(64 * 1024 + 1), status: 413 },
  { method: "POST", path: "/v1/validate", headers: { "Content-Type": "text/plain" }, body: validContact, status: 415 },
  { method: "POST", path: "/v1/validate", headers: JSON_BODY, body: '{"id": "Not An Id"}', status: 422 },
  // GET /openapi.json
  { path: "/openapi.json", status: 200 },
  // The directory (src/http/routes/directory-docs.ts)
  { path: "/v1/contacts", status: 200 },
  { path: "/v1/contacts?limit=2&q=beijing", status: 200 },
  { path: "/v1/contacts?limit=0", status: 400 },
  { path: "/v1/directory.vcf", status: 200 },
  { path: "/v1/directory.vcf?version=9", status: 400 },
  { path: "/v1/directory.vcf?q=no+such+contact", status: 404 },
  { path: "/contacts", headers: { Accept: "text/html" }, status: 200 },
  { path: "/contacts?limit=0", headers: { Accept: "text/html" }, status: 400 },
  { path: "/contacts?limit=0", headers: { Accept: "application/json" }, status: 400 },
  // The contact card downloads (src/http/routes/vcard.ts)
  { path: "/contact.vcf", status: 200 },
  { path: "/contact.vcf?version=3.1", status: 400 },
  { path: "/v1/contacts/beijing-office.vcf?version=4.0", status: 200 },
  { path: "/v1/contacts/beijing-office.vcf?version=x", status: 400 },
  { path: "/v1/contacts/nobody.vcf", status: 404 },
  // The QR code and the pages (src/http/routes/qr.ts, page.ts)
  { path: "/v1/contacts/beijing-office/qr.svg", status: 200 },
  { path: "/v1/contacts/beijing-office/qr.svg?content=png", status: 400 },
  { path: "/v1/contacts/nobody/qr.svg", status: 404 },
  { path: "/", headers: { Accept: "text/html" }, status: 200 },
  { path: "/contacts/beijing-office", headers: { Accept: "text/html" }, status: 200 },
  { path: "/contacts/nobody", headers: { Accept: "text/html" }, status: 404 },
  { path: "/contacts/nobody", status: 404 },
  { path: "/contacts/beijing-office/embed", headers: { Accept: "text/html" }, status: 200 },
  { path: "/contacts/nobody/embed", headers: { Accept: "text/html" }, status: 404 },
  { path: "/contacts/nobody/embed", status: 404 },
];

const send = (probe: Probe) =>
  exports.default.fetch(`${ORIGIN}${probe.path}`, {
    method: probe.method ?? "GET",
    headers: probe.headers ?? {},
    ...(probe.body !== undefined ? { body: probe.body } : {}),
  });

/** The documented operation a request reaches, found by the routes the docs name. */
const router = new PatternRouter<RouteDoc>();
for (const doc of DOCS) router.add(doc.method.toUpperCase(), doc.route, doc);
const operationOf = (method: string, path: string): RouteDoc | undefined =>
  router.match(method, new URL(path, ORIGIN).pathname)[0][0]?.[0];

let document: Json;
beforeAll(async () => {
  document = await (await exports.default.fetch(`${ORIGIN}/openapi.json`)).json();
}, 60_000);

/** The documented schema, with references into the document rewritten for a standalone validator. */
function validatorFor(schema: Json): Validator {
  const rewrite = (value: Json): Json =>
    Array.isArray(value)
      ? value.map(rewrite)
      : value && typeof value === "object"
        ? Object.fromEntries(
            Object.entries(value).map(([k, v]) => [
              k,
              k === "$ref" && typeof v === "string" ? v.replace("#/components/schemas/", "#/$defs/") : rewrite(v),
            ]),
          )
        : value;
  return new Validator({ ...rewrite(schema), $defs: rewrite(document.components.schemas) }, "2020-12", false);
}

const essence = (contentType: string | null) => (contentType ?? "").split(";")[0]!.trim().toLowerCase();
const key = (doc: RouteDoc, status: number | string, type?: string) =>
  `${doc.method.toUpperCase()} ${doc.route} ${status}${type ? ` ${type}` : ""}`;

/** Checks one answer against the document; returns what it covered. */
async function checkAnswer(probe: Probe, res: Response): Promise<string[]> {
  const method = probe.method ?? "GET";
  const doc = operationOf(method, probe.path);
  expect(doc, `${method} ${probe.path} is documented`).toBeDefined();
  const path = doc!.path ?? openApiPath(doc!.route);
  const operation = document.paths[path]?.[doc!.method];
  expect(operation, `${path} ${doc!.method} in the document`).toBeDefined();
  const response = operation.responses[String(res.status)];
  expect(response, `${method} ${probe.path} answered ${res.status}, which ${path} does not document`).toBeDefined();
  for (const [name, header] of Object.entries<Json>(response.headers ?? {})) {
    if (header.required) expect(res.headers.get(name), `${name} on ${method} ${probe.path}`).not.toBeNull();
  }
  if (!response.content) {
    expect(await res.text()).toBe("");
    return [key(doc!, res.status)];
  }
  const type = essence(res.headers.get("content-type"));
  const media = response.content[type];
  expect(media, `${method} ${probe.path} answered ${type}, which ${res.status} does not document`).toBeDefined();
  if (media.schema) {
    const text = await res.text();
    const body = type.endsWith("json") ? JSON.parse(text) : text;
    const result = validatorFor(media.schema).validate(body);
    expect(result.errors.slice(0, 5), `${method} ${probe.path} → ${res.status} ${type}`).toEqual([]);
  }
  return [key(doc!, res.status), key(doc!, res.status, type)];
}

describe("the OpenAPI document", () => {
  it("documents every registered route, and registers every documented one", () => {
    const registered = new Set(
      createApp(bundledStore)
        .routes.filter((r) => r.method !== "ALL")
        .map((r) => `${r.method} ${r.path}`),
    );
    const documented = new Set(DOCS.map((d) => `${d.method.toUpperCase()} ${d.route}`));
    expect(
      [...registered].filter((r) => !documented.has(r)),
      "registered but not documented",
    ).toEqual([]);
    expect(
      [...documented].filter((d) => !registered.has(d)),
      "documented but not registered",
    ).toEqual([]);
  });

  it("is served as the routes' docs make it now (the build that wrote it is current)", async () => {
    const served = await (await exports.default.fetch(`${ORIGIN}/openapi.json`)).text();
    expect(served).toBe(openApiDocumentText());
  });

  it("fills each path template with its examples and reaches the documented route", () => {
    for (const doc of DOCS) {
      const path = (doc.path ?? openApiPath(doc.route)).replace(/\{(\w+)\}/g, (_, name: string) => {
        const example = doc.parameters?.find((p) => p.in === "path" && p.name === name)?.example;
        expect(example, `an example for {${name}} of ${doc.route}`).toBeDefined();
        return String(example);
      });
      expect(operationOf(doc.method.toUpperCase(), path), path).toBe(doc);
    }
  });

  it("refuses, through the same validator, a contact that breaks its documented schema", async () => {
    const schema = document.paths["/v1/contacts/{id}"].get.responses["200"].content["application/json"].schema;
    const good: Json = await (await exports.default.fetch(`${ORIGIN}/v1/contacts/beijing-office`)).json();
    expect(validatorFor(schema).validate(good).valid).toBe(true);
    for (const broken of [
      { ...good, extra: 1 },
      { ...good, phones: [{ ...good.phones[0], e164: "0064167544" }] },
      { ...good, links: undefined },
    ]) {
      expect(validatorFor(schema).validate(JSON.parse(JSON.stringify(broken))).valid).toBe(false);
    }
  });

  it("answers every probe with a documented status, media type, headers and body", async () => {
    const covered = new Set<string>();
    for (const probe of PROBES) {
      const res = await send(probe);
      expect(res.status, `${probe.method ?? "GET"} ${probe.path}`).toBe(probe.status);
      for (const k of await checkAnswer(probe, res)) covered.add(k);
      // The conditional statuses every GET documents, asked with the ETag just received.
      const etag = res.headers.get("etag");
      if ((probe.method ?? "GET") === "GET" && res.status === 200 && etag) {
        for (const [headers, status] of [
          [{ "If-None-Match": etag }, 304],
          [{ "If-Match": '"stale"' }, 412],
        ] as const) {
          const conditional = { ...probe, headers: { ...probe.headers, ...headers }, status };
          const answer = await send(conditional);
          expect(answer.status).toBe(status);
          for (const k of await checkAnswer(conditional, answer)) covered.add(k);
        }
      }
    }
    // Every documented status, and every documented media type of it, was answered.
    const missing: string[] = [];
    for (const doc of DOCS) {
      const operation = document.paths[doc.path ?? openApiPath(doc.route)][doc.method];
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        if (!covered.has(key(doc, status))) missing.push(key(doc, status));
        for (const type of Object.keys(response.content ?? {}))
          if (!covered.has(key(doc, status, type))) missing.push(key(doc, status, type));
      }
    }
    expect(missing, "documented but never answered: add a request for each to PROBES in this file").toEqual([]);
  }, 60_000);
});
