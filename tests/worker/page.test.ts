/**
 * The contact pages inside workerd, requested as a browser and as a script would: status, the
 * headers the pages own (their Content-Security-Policy exactly, framing), the body against the
 * pure renderer, and the 404 in HTML for a browser and problem+json for everyone else.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { PAGE_CSS, renderContactPage, renderEmbedPage } from "../../src/formats/html";
import { bundledStore } from "../../src/store/bundled";

const ORIGIN = "http://localhost";
const get = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`${ORIGIN}${path}`, { headers });
const BROWSER = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

/** The policy, with the stylesheet's hash computed here independently. */
async function expectedCsp(frameAncestors: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(PAGE_CSS)));
  const hash = btoa(String.fromCharCode(...digest));
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors ${frameAncestors}`;
}

// The first request loads the worker and its data: not what these tests time.
beforeAll(async () => {
  await exports.default.fetch(`http://localhost/contacts/beijing-office`);
}, 60_000);

describe.each([
  { path: "/", what: "the primary contact" },
  { path: "/contacts/beijing-office", what: "a contact by id" },
])("GET $path ($what)", ({ path }) => {
  it("answers the contact page as HTML with a strict policy and no framing", async () => {
    const res = await get(path, BROWSER);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(res.headers.get("content-security-policy")).toBe(await expectedCsp("'none'"));
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("etag")).toMatch(/^"/);
    expect(await res.text()).toBe(renderContactPage(await bundledStore.primary(), { origin: ORIGIN }));
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await exports.default.fetch(`${ORIGIN}${path}`, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await res.text()).toBe("");
  });

  it("answers 304 to a revalidation, keeping the policy off the empty answer", async () => {
    const etag = (await get(path)).headers.get("etag")!;
    const res = await get(path, { "If-None-Match": etag });
    expect(res.status).toBe(304);
    expect(res.headers.get("etag")).toBe(etag);
    expect(res.headers.get("content-security-policy")).toBeNull();
  });
});

describe("GET /contacts/{id}/embed", () => {
  it("answers the card alone, framable by any site", async () => {
    const res = await get("/contacts/beijing-office/embed");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-security-policy")).toBe(await expectedCsp("*"));
    expect(res.headers.get("x-frame-options")).toBeNull();
    const body = await res.text();
    expect(body).toBe(renderEmbedPage((await bundledStore.get("beijing-office"))!));
    expect(body).toContain('<base target="_blank"/>');
    expect(body).toContain('href="/v1/contacts/beijing-office.vcf"');
  });
});

describe.each(["/contacts/nobody", "/contacts/nobody/embed", "/contacts/Not_An_Id"])("GET %s (unknown)", (path) => {
  it("shows a browser a page saying so, with links onwards", async () => {
    const res = await get(path, BROWSER);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    expect(res.headers.get("vary")).toBe("Accept");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-security-policy")).toBe(await expectedCsp("'none'"));
    const body = await res.text();
    expect(body).toContain(
      '<h1><span lang="en">Contact not found</span> <span lang="zh-Hans" class="zh">未找到联系人</span></h1>',
    );
    expect(body).toContain(`<code>${path.split("/")[2]}</code>`);
    expect(body).toContain('<meta name="robots" content="noindex"/>');
    expect(body).toContain('href="/contacts"');
  });

  it.each<Record<string, string>>([{}, { Accept: "application/json" }, { Accept: "*/*" }, { Accept: "text/html;q=0" }])(
    "answers problem+json to Accept %j",
    async (headers) => {
      const res = await get(path, headers);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(res.headers.get("vary")).toBe("Accept");
      const id = path.split("/")[2];
      expect(await res.json()).toEqual({
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail: `There is no contact with the id "${id}".`,
        id,
        instance: path,
      });
    },
  );
});

describe("the pages' methods", () => {
  it("answers 405 with Allow for a POST", async () => {
    const res = await exports.default.fetch(`${ORIGIN}/contacts/beijing-office`, { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("GET");
  });
});
