/**
 * The HTTP core's sealed responses: a route that sends a representation gets, in one go, the
 * headers the core would have added one by one, its own headers winning; a 304 or a 412
 * that replaces it is completed like any other answer.
 */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { httpCore, sealedResponse } from "../../../src/http/middleware";

const bytes = new Uint8Array(new TextEncoder().encode('{"a":1}'));
const ETAG = '"abc"';

/** An app whose `/sealed` is sealed and `/plain` the same answer sent the ordinary way. */
function app(own: Record<string, string> = {}) {
  const app = new Hono();
  app.use(httpCore());
  app.get("/sealed", (c) => sealedResponse(c, { bytes, contentType: "application/json", etag: ETAG, headers: own }));
  app.get("/plain", (c) => c.body(bytes, 200, { "Content-Type": "application/json", ETag: ETAG, ...own }));
  app.post("/sealed", (c) => sealedResponse(c, { bytes, contentType: "application/json", etag: ETAG, headers: own }));
  return app;
}

const headersOf = (res: Response) => Object.fromEntries(res.headers);

describe("sealedResponse", () => {
  it.each(["http://x", "https://x"])(
    "carries exactly the headers the core gives the same answer (%s)",
    async (origin) => {
      const sealed = await app().request(`${origin}/sealed`);
      const plain = await app().request(`${origin}/plain`);
      expect(headersOf(sealed)).toEqual(headersOf(plain));
      expect(await sealed.text()).toBe('{"a":1}');
    },
  );

  it("lets a route's own header win over the core's, in any letter case", async () => {
    const own = { "cache-control": "no-cache", Vary: "Accept" };
    const sealed = await app(own).request("http://x/sealed");
    expect(headersOf(sealed)).toEqual(headersOf(await app(own).request("http://x/plain")));
    expect(sealed.headers.get("cache-control")).toBe("no-cache");
  });

  it("is completed like any answer when a 304 or a 412 replaces it", async () => {
    const conditions: Record<string, string>[] = [{ "If-None-Match": ETAG }, { "If-Match": '"other"' }];
    for (const headers of conditions) {
      const sealed = await app().request("http://x/sealed", { headers });
      const plain = await app().request("http://x/plain", { headers });
      expect([sealed.status, headersOf(sealed)]).toEqual([plain.status, headersOf(plain)]);
      expect([304, 412]).toContain(sealed.status);
      expect(sealed.headers.get("access-control-allow-origin")).toBe("*");
    }
  });

  it("is not sealed for a POST: the core marks that answer no-store, as any answer to a POST", async () => {
    const res = await app().request("http://x/sealed", { method: "POST" });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });
});
