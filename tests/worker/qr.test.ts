/**
 * GET /v1/contacts/{id}/qr.svg inside workerd: the SVG of the code the pure functions make
 * (decoding it is the unit tests' job, in Node where the rasteriser runs), its headers, and the
 * problems for a wrong content parameter and an unknown id.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { contactQrCode } from "../../src/formats/qr-card";
import { toQrSvg } from "../../src/formats/qr";
import { bundledStore } from "../../src/store/bundled";

const ORIGIN = "http://localhost";
const get = (path: string) => exports.default.fetch(`${ORIGIN}${path}`);
const PATH = "/v1/contacts/beijing-office/qr.svg";

// The first request loads the worker and its data: not what these tests time.
beforeAll(async () => {
  await exports.default.fetch(`http://localhost/contacts/beijing-office`);
}, 60_000);

describe("GET /v1/contacts/{id}/qr.svg", () => {
  it.each([
    { query: "", content: "vcard" as const, title: "Contact card of Beijing Office" },
    { query: "?content=vcard", content: "vcard" as const, title: "Contact card of Beijing Office" },
    { query: "?content=", content: "vcard" as const, title: "Contact card of Beijing Office" },
    { query: "?content=url", content: "url" as const, title: "Download link of Beijing Office's contact card" },
  ])("answers $query with the SVG of the $content code", async ({ query, content, title }) => {
    const res = await get(`${PATH}${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    // An SVG opened on its own runs nothing and loads nothing; other sites may show it.
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("content-location")).toBeNull();
    const contact = (await bundledStore.get("beijing-office"))!;
    expect(await res.text()).toBe(toQrSvg(contactQrCode(contact, content, ORIGIN).matrix, { title }));
  });

  it.each([
    { query: "?content=png", reason: '"png" is not something a QR code here holds: expected vcard or url' },
    { query: "?content=url&content=vcard", reason: "is given 2 times: expected it at most once" },
  ])("refuses $query with 400 naming the parameter", async ({ query, reason }) => {
    const res = await get(`${PATH}${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toMatchObject({ status: 400, "invalid-params": [{ name: "content", reason }] });
  });

  it("answers 404 naming an unknown id", async () => {
    const res = await get("/v1/contacts/nobody/qr.svg");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      status: 404,
      id: "nobody",
      detail: 'There is no contact with the id "nobody".',
    });
  });
});
