/** Reading a request body: media type, coding, size as it streams, strict UTF-8. */
import { describe, expect, it } from "vitest";
import { isJsonContentType, readJsonBody } from "../../../src/http/request-body";

const request = (body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
  new Request("http://localhost/v1/validate", {
    method: "POST",
    body,
    headers,
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);

describe("isJsonContentType", () => {
  it.each([
    "application/json",
    "Application/JSON",
    "application/json; charset=utf-8",
    'application/json;charset="UTF-8"',
    "application/json; foo=bar",
  ])("takes %j", (type) => {
    expect(isJsonContentType(type)).toBe(true);
  });
  it.each([
    undefined,
    "",
    "text/json",
    "application/jsonx",
    "application/json; charset=latin1",
    "application/ld+json",
    "text/plain; application/json",
  ])("refuses %j", (type) => {
    expect(isJsonContentType(type)).toBe(false);
  });
});

describe("readJsonBody", () => {
  it("reads UTF-8 text, a byte order mark dropped", async () => {
    expect(await readJsonBody(request('\ufeff{"name":"北京"}'), 100)).toEqual({ ok: true, text: '{"name":"北京"}' });
  });

  it("refuses another media type or a coding before reading", async () => {
    expect(await readJsonBody(request("{}", { "Content-Type": "text/plain" }), 100)).toEqual({
      ok: false,
      reason: "media-type",
      found: "text/plain",
    });
    expect(
      await readJsonBody(request("{}", { "Content-Type": "application/json", "Content-Encoding": "br" }), 100),
    ).toEqual({ ok: false, reason: "coding", found: "br" });
  });

  it("stops a stream without Content-Length past the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(40).fill(0x20));
      },
    });
    expect(await readJsonBody(request(stream), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
    expect(pulled).toBeLessThan(10);
  });

  it("reads a body of exactly the limit, and refuses one octet more", async () => {
    expect((await readJsonBody(request(" ".repeat(100)), 100)).ok).toBe(true);
    expect(await readJsonBody(request(" ".repeat(101)), 100)).toEqual({ ok: false, reason: "too-large", limit: 100 });
  });

  it("refuses bytes that are not UTF-8", async () => {
    expect(await readJsonBody(request(new Uint8Array([0x22, 0xc3, 0x28, 0x22])), 100)).toEqual({
      ok: false,
      reason: "not-utf8",
    });
  });
});
