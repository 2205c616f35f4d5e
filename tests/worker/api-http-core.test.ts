/**
 * The HTTP core on every route, called as clients call the worker: security headers, CORS
 * and preflights, ETag and conditional requests (RFC 9110 §13), HEAD, Cache-Control, 405
 * with Allow, and problem+json for every error.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import {
  DEFAULT_CSP,
  EXPOSED_HEADERS,
  HSTS,
  NO_STORE,
  PREFLIGHT_MAX_AGE_SECONDS,
  READ_CACHE_CONTROL,
} from "../../src/http/middleware";
import { createMemoryStore } from "../../src/store/contact-store";

const ORIGIN = "http://localhost";
const call = (path: string, init?: RequestInit, origin = ORIGIN) => exports.default.fetch(`${origin}${path}`, init);
const PROBLEM = "application/problem+json; charset=utf-8";

// The first request loads every module into workerd (the validator's data among them): seconds, once.
beforeAll(() => call("/v1/contacts/beijing-office"), 60_000);

/** A read of every kind of route: JSON, negotiated formats, vCard, a stream, HTML, the document. */
const READS = [
  "/v1/contacts/beijing-office",
  "/v1/contacts/beijing-office?format=jscontact",
  "/v1/contacts/beijing-office.vcf",
  "/contact.vcf",
  "/v1/contacts",
  "/v1/directory.vcf",
  "/contacts",
  "/openapi.json",
];

describe.each(READS)("GET %s", (path) => {
  it("answers 200 with the security headers, CORS, a strong ETag and an edge-cacheable Cache-Control", async () => {
    const res = await call(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-expose-headers")).toBe(EXPOSED_HEADERS.join(", "));
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(res.headers.get("cache-control")).toBe(READ_CACHE_CONTROL);
    // Over plain HTTP, no HSTS (RFC 6797 §7.2: it is ignored there anyway).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("answers If-None-Match with its ETag by a 304 without content, keeping the validators and cache fields", async () => {
    const first = await call(path);
    const etag = first.headers.get("etag")!;
    for (const condition of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const res = await call(path, { headers: { "If-None-Match": condition } });
      expect(res.status, condition).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(res.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
      expect(res.headers.get("vary")).toBe(first.headers.get("vary"));
      expect(res.headers.get("content-type")).toBeNull();
      expect(res.headers.get("content-disposition")).toBeNull();
      expect(await res.text()).toBe("");
    }
  });

  it("answers 200 to an If-None-Match of another tag or a malformed one", async () => {
    for (const condition of ['"not-this-one"', "no quotes", 'W/"x", "y"']) {
      const res = await call(path, { headers: { "If-None-Match": condition } });
      expect(res.status, condition).toBe(200);
    }
  });

  it("answers a failed If-Match by 412 problem+json, a matching one by 200 (RFC 9110 §13.1.1)", async () => {
    const etag = (await call(path)).headers.get("etag")!;
    expect((await call(path, { headers: { "If-Match": etag } })).status).toBe(200);
    const res = await call(path, { headers: { "If-Match": '"stale"' } });
    expect(res.status).toBe(412);
    expect(res.headers.get("content-type")).toBe(PROBLEM);
    expect(await res.json()).toMatchObject({ title: "Precondition Failed", status: 412 });
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const [get, head] = [await call(path), await call(path, { method: "HEAD" })];
    expect(head.status).toBe(200);
    for (const name of [
      "content-type",
      "etag",
      "cache-control",
      "vary",
      "content-disposition",
      "access-control-allow-origin",
    ])
      expect(head.headers.get(name), name).toBe(get.headers.get(name));
    expect(await head.text()).toBe("");
  });

  it("answers a method it does not take with 405 problem+json and Allow", async () => {
    for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
      const res = await call(path, { method, body: method === "DELETE" ? null : "{}" });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(res.headers.get("content-type")).toBe(PROBLEM);
      expect(res.headers.get("cache-control")).toBe(NO_STORE);
      const pathname = path.split("?")[0];
      expect(await res.json()).toEqual({
        type: "about:blank",
        title: "Method Not Allowed",
        status: 405,
        detail: `${pathname} answers GET, HEAD, OPTIONS, not ${method}.`,
        allowed: ["GET", "HEAD", "OPTIONS"],
        instance: pathname,
      });
    }
  });

  it("answers a CORS preflight from any origin with the path's methods and the headers asked for", async () => {
    const res = await call(path, {
      method: "OPTIONS",
      headers: {
        Origin: "https://shop.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match, x-requested-with",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("if-none-match, x-requested-with");
    expect(res.headers.get("access-control-max-age")).toBe(String(PREFLIGHT_MAX_AGE_SECONDS));
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("content security", () => {
  it.each(["/v1/contacts/beijing-office", "/contact.vcf", "/openapi.json", "/nothing/here"])(
    "gives %s, which is not HTML, a policy that loads and frames nothing",
    async (path) => {
      const res = await call(path);
      expect(res.headers.get("content-security-policy")).toBe(DEFAULT_CSP);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    },
  );

  it("adds no content policy or framing rule to HTML, and keeps a route's own policy", async () => {
    // Routes of a test app, so that the pages' own choices do not decide this test.
    const app = createApp(createMemoryStore([]));
    app.get("/test/html", (c) => c.html("<!DOCTYPE html><title>t</title>"));
    app.get("/test/own-policy", (c) => c.json({}, 200, { "Content-Security-Policy": "default-src 'self'" }));
    const html = await app.request(`${ORIGIN}/test/html`);
    expect(html.headers.get("content-security-policy")).toBeNull();
    expect(html.headers.get("x-frame-options")).toBeNull();
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
    const own = await app.request(`${ORIGIN}/test/own-policy`);
    expect(own.headers.get("content-security-policy")).toBe("default-src 'self'");
    expect(own.headers.get("x-frame-options")).toBe("DENY");
  });

  it("adds HSTS over HTTPS", async () => {
    expect(
      (await call("/v1/contacts/beijing-office", undefined, "https://contact.example")).headers.get(
        "strict-transport-security",
      ),
    ).toBe(HSTS);
  });
});

describe("errors", () => {
  it.each([
    ["/no/such/page", 404],
    ["/v1/contacts/nobody", 404],
    ["/v1/contacts/beijing-office?format=xml", 400],
    ["/v1/contacts?limit=0", 400],
    ["/contact.vcf?version=9", 400],
  ])("answers %s with problem+json, never stored, readable from any origin", async (path, status) => {
    const res = await call(path);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe(PROBLEM);
    expect(res.headers.get("cache-control")).toBe(NO_STORE);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("etag")).toBeNull();
    expect(await res.json()).toMatchObject({ type: "about:blank", status, instance: path.split("?")[0] });
  });

  it("answers OPTIONS for a path that does not exist with a 404", async () => {
    const res = await call("/no/such/page", {
      method: "OPTIONS",
      headers: { Origin: "https://shop.example", "Access-Control-Request-Method": "GET" },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
  });

  it("answers POST /v1/validate's preflight with POST, and GET there with 405", async () => {
    const preflight = await call("/v1/validate", {
      method: "OPTIONS",
      headers: {
        Origin: "https://shop.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST, OPTIONS");
    const get = await call("/v1/validate");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it("answers a plain OPTIONS (no preflight) with the Allow of the path", async () => {
    const res = await call("/v1/contacts/beijing-office", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
  });
});
