/**
 * No input yields a 500: arbitrary methods, paths, query strings, headers and bodies, sent to
 * the worker inside workerd, are answered below 500, and every error as problem+json (or, for
 * a browser on an HTML page, as that page).
 */
import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import shipped from "../../data/beijing-office.json";

const PREFIXES = [
  "/",
  "/v1/contacts/",
  "/v1/contacts/beijing-office",
  "/v1/contacts/beijing-office.vcf",
  "/contact.vcf",
  "/v1/directory.vcf",
  "/contacts",
  "/contacts/",
  "/v1/validate",
  "/openapi.json",
  "/v1/contacts/beijing-office/qr.svg",
];
const NAMES = ["format", "version", "q", "kind", "tag", "limit", "cursor", "content"];

const segment = fc.oneof(
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.constantFrom(
    "%",
    "%E0%A4%A",
    "%00",
    "..",
    ".",
    "%2F",
    "beijing-office",
    "x.vcf",
    "qr.svg",
    "北京",
    "a".repeat(300),
  ),
);
const path = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(segment, { maxLength: 3 }))
  .map(([prefix, rest]) => prefix + rest.join("/"));
const query = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 5 })),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom("3.0", "4.0", "json", "jscontact", "jcard", "vcard", "office", "0", "101", "-1", "1e3"),
    ),
  ),
  { maxLength: 4 },
);
const headerValue = fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, ""));
const headers = fc.record(
  {
    Accept: fc.oneof(
      headerValue,
      fc.constantFrom(
        "text/html",
        "*/*;q=0",
        "text/vcard;version=4.0",
        "application/jscontact+json;version=9",
        'a/b;x="',
        "application/json;q=2",
      ),
    ),
    "If-None-Match": fc.oneof(headerValue, fc.constantFrom("*", 'W/"x"', '"a", "b"')),
    "If-Match": headerValue,
    "Content-Type": fc.oneof(headerValue, fc.constantFrom("application/json", "application/json; charset=utf-16")),
    Origin: fc.constant("https://site.example"),
    "Access-Control-Request-Method": fc.constantFrom("GET", "POST", "DELETE"),
    "Access-Control-Request-Headers": headerValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constant(JSON.stringify(shipped)),
);

const send = async (method: string, target: string, h: Record<string, string>, payload: string | undefined) =>
  exports.default.fetch(`http://localhost${target}`, {
    method,
    headers: h,
    ...(payload !== undefined && method !== "GET" && method !== "HEAD" ? { body: payload } : {}),
  });

beforeAll(() => send("POST", "/v1/validate", { "Content-Type": "application/json" }, JSON.stringify(shipped)), 60_000);

describe("any request", () => {
  it("is answered below 500, every error as problem+json or an HTML page", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH"),
        path,
        query,
        headers,
        body,
        async (method, p, q, h, payload) => {
          const target = q.length
            ? `${p}?${q.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&")}`
            : p;
          const res = await send(method, target, h, payload);
          expect(res.status, `${method} ${target} ${JSON.stringify(h)}`).toBeLessThan(500);
          if (res.status >= 400 && method !== "HEAD") {
            expect(res.headers.get("content-type"), `${method} ${target}`).toMatch(
              /^(application\/problem\+json|text\/html)/,
            );
            const text = await res.text();
            if (res.headers.get("content-type")!.startsWith("application/problem+json"))
              expect(JSON.parse(text)).toMatchObject({ status: res.status });
          } else await res.arrayBuffer();
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);
});
