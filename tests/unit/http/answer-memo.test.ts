/**
 * The isolate's memo of answers: a repeated GET of a representation is answered from it, equal
 * byte for byte and header for header to what the app answers; anything that could differ
 * (a precondition, another method, a page, an error, a stream) still goes to the app; bounded.
 */
import fc from "fast-check";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { withAnswerMemo, type FetchHandler } from "../../../src/http/answer-memo";
import { createApp } from "../../../src/http/app";
import { sealedResponse } from "../../../src/http/middleware";
import { createMemoryStore } from "../../../src/store/contact-store";
import { directoryWithOffice } from "../directory/helpers";

const app = createApp(createMemoryStore(directoryWithOffice(30)));

/** The app behind a memo, counting the requests that reach the app. */
function memoised(options = {}) {
  let reached = 0;
  const handler: FetchHandler<unknown, unknown> = {
    fetch: (request) => {
      reached++;
      return app.fetch(request);
    },
  };
  const memo = withAnswerMemo(handler, options);
  return {
    get reached() {
      return reached;
    },
    call: async (path: string, init?: RequestInit) =>
      answerOf(await memo.fetch(new Request(`http://localhost${path}`, init), {}, {})),
  };
}

/** Everything a client can see of a response. */
async function answerOf(res: Response) {
  return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
}
const direct = async (path: string, init?: RequestInit) => answerOf(await app.request(`http://localhost${path}`, init));

const JSON_ACCEPT = { headers: { Accept: "application/json" } };

describe("the answer memo", () => {
  it("answers a repeated GET of a representation without the app, exactly as the app does", async () => {
    const memo = memoised();
    const paths = [
      "/contact.vcf",
      "/v1/contacts/beijing-office",
      "/v1/contacts?q=beijing",
      "/openapi.json",
      "/",
      "/contacts/beijing-office/embed",
      "/v1/contacts/beijing-office/qr.svg",
    ];
    for (const path of paths) {
      const before = memo.reached;
      const first = await memo.call(path, JSON_ACCEPT);
      const again = await memo.call(path, JSON_ACCEPT);
      expect(memo.reached - before, path).toBe(1);
      expect(again).toEqual(first);
      expect(again).toEqual(await direct(path, JSON_ACCEPT));
    }
  });

  it("keeps one answer per Accept value, an absent Accept apart from an empty one", async () => {
    const memo = memoised();
    const path = "/v1/contacts/beijing-office";
    const accepts = [undefined, "", "application/jscontact+json", "text/vcard; version=4.0", "application/json"];
    for (let round = 0; round < 2; round++)
      for (const accept of accepts) {
        const init = accept === undefined ? {} : { headers: { Accept: accept } };
        expect(await memo.call(path, init), String(accept)).toEqual(await direct(path, init));
      }
    expect(memo.reached).toBe(accepts.length);
  });

  it("sends every request with a precondition or a range, and every other method, to the app", async () => {
    const memo = memoised();
    const path = "/v1/contacts/beijing-office";
    const { headers } = await memo.call(path);
    const etag = headers.etag!;
    const asks: RequestInit[] = [
      { headers: { "If-None-Match": etag } },
      { headers: { "If-Match": '"stale"' } },
      { headers: { "If-Modified-Since": "Sun, 29 Nov 2026 00:00:00 GMT" } },
      { headers: { Range: "bytes=0-9" } },
      { method: "HEAD" },
      { method: "OPTIONS" },
    ];
    for (const init of asks) {
      const before = memo.reached;
      expect(await memo.call(path, init), JSON.stringify(init)).toEqual(await direct(path, init));
      expect(memo.reached - before).toBe(1);
    }
    expect((await memo.call(path, asks[0])).status).toBe(304);
    expect((await memo.call(path, asks[1])).status).toBe(412);
  });

  it("does not keep the directory page, errors or streamed exports: they reach the app every time", async () => {
    const memo = memoised();
    const paths = ["/contacts", "/v1/contacts/nobody", "/v1/contacts?limit=0", "/v1/directory.vcf"];
    for (const path of paths) {
      const before = memo.reached;
      await memo.call(path);
      await memo.call(path);
      expect(memo.reached - before, path).toBe(2);
    }
  });

  it("keeps no answer that varies on more than Accept", async () => {
    const varying = new Hono();
    varying.get("*", (c) =>
      sealedResponse(c, {
        bytes: new Uint8Array([1]),
        contentType: "application/octet-stream",
        etag: '"x"',
        headers: { Vary: "Accept, Origin" },
      }),
    );
    let reached = 0;
    const memo = withAnswerMemo({ fetch: (r: Request) => (reached++, varying.fetch(r)) }, {});
    for (let i = 0; i < 3; i++) await memo.fetch(new Request("http://localhost/a"), {}, {});
    expect(reached).toBe(3);
  });

  it("keeps at most its bounds, least recently used out", async () => {
    const memo = memoised({ entries: 2 });
    const [a, b, c] = ["/v1/contacts/beijing-office", "/contact.vcf", "/openapi.json"];
    for (const path of [a, b, a, c]) await memo.call(path); // a is used after b: b goes when c comes
    const before = memo.reached;
    await memo.call(a);
    await memo.call(c);
    expect(memo.reached - before).toBe(0);
    await memo.call(b);
    expect(memo.reached - before).toBe(1);

    const small = memoised({ bytes: 1 });
    await small.call(a);
    await small.call(a);
    expect(small.reached).toBe(2);
  });

  it("never answers differently from the app, whatever the order of requests", async () => {
    const paths = [
      "/contact.vcf",
      "/contact.vcf?version=4.0",
      "/v1/contacts/beijing-office",
      "/v1/contacts/beijing-office?format=jcard",
      "/v1/contacts?q=北京",
      "/v1/contacts?q=beijing&limit=2",
      "/v1/contacts/none",
      "/",
    ];
    const accepts = [undefined, "application/json", "application/jscontact+json", "text/html", "image/png"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ path: fc.constantFrom(...paths), accept: fc.constantFrom(...accepts) }), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 1, max: 4 }),
        async (requests, entries) => {
          const memo = memoised({ entries });
          for (const { path, accept } of requests) {
            const init = accept === undefined ? {} : { headers: { Accept: accept } };
            expect(await memo.call(path, init)).toEqual(await direct(path, init));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
