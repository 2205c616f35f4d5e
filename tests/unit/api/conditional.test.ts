/** The conditional-request middleware on its own: tagging, the size limit, streams passed on whole. */
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { conditionalRequests } from "../../../src/http/middleware";

const chunked = (parts: readonly string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });

function appWith(body: () => BodyInit, etag?: string) {
  const app = new Hono();
  app.use(conditionalRequests({ maxDigestBytes: 16 }));
  app.get("/", (c) => c.body(body() as string, 200, etag ? { ETag: etag } : {}));
  return app;
}

describe("conditionalRequests", () => {
  it("tags a body within the limit, in the pieces it came in", async () => {
    const res = await appWith(() => chunked(["BEGIN:", "VCARD"])).request("/");
    expect(res.headers.get("etag")).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(await res.text()).toBe("BEGIN:VCARD");
  });

  it("passes a longer stream on whole and untagged, rather than holding it in memory", async () => {
    const parts = ["0123456789", "abcdefghij", "klmnopqrst", "uvwxyz"];
    const res = await appWith(() => chunked(parts)).request("/");
    expect(res.headers.get("etag")).toBeNull();
    expect(await res.text()).toBe(parts.join(""));
    expect((await appWith(() => chunked(parts)).request("/", { headers: { "If-None-Match": "*" } })).status).toBe(200);
  });

  it("keeps the route's own ETag without reading the body", async () => {
    let read = false;
    const body = () =>
      new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            read = true;
            controller.enqueue(new TextEncoder().encode("x"));
            controller.close();
          },
        },
        // Pulled only when read, not to fill a queue.
        { highWaterMark: 0 },
      );
    const res = await appWith(body, '"mine"').request("/", { headers: { "If-None-Match": '"mine"' } });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe('"mine"');
    expect(read).toBe(false);
  });

  it("evaluates If-Match before If-None-Match (RFC 9110 §13.2.2)", async () => {
    const res = await appWith(() => "x", '"mine"').request("/", {
      headers: { "If-Match": '"other"', "If-None-Match": '"mine"' },
    });
    expect(res.status).toBe(412);
  });
});
