/** `GET /contacts`, the directory page, inside workerd: the form, the results, paging, errors. */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import { createMemoryStore } from "../../src/store/contact-store";
import { generatedContacts } from "./generated";

const BROWSER = { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
const get = (path: string, headers: Record<string, string> = BROWSER) =>
  exports.default.fetch(`http://localhost${path}`, { headers });

describe("GET /contacts on the shipped data", () => {
  it("is an HTML page with a search form that works without JavaScript", async () => {
    const res = await get("/contacts");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    const body = await res.text();
    expect(body.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    expect(body).toContain('<form method="get" action="/contacts" role="search">');
    expect(body).toContain('<input id="q" name="q" type="search" value="" maxlength="200" autocomplete="off"/>');
    expect(body).not.toContain("<script");
  });

  it("lists the Beijing office with a link to its page, in both languages", async () => {
    const body = await (await get("/contacts?q=caoyuan+hutong")).text();
    expect(body).toContain(
      '<a href="/contacts/beijing-office"><span lang="en">Beijing Office</span> <span lang="zh-Hans" class="zh">北京办公室</span></a>',
    );
    expect(body).toContain('<a href="/contacts?tag=beijing">#beijing</a>');
    expect(body).toContain('value="caoyuan hutong"');
    expect(body).not.toContain('rel="next"');
  });

  it.each(["东城", "草园", "Dongcheng", "BEIJING"])("finds the office by q=%s", async (q) => {
    expect(await (await get(`/contacts?q=${encodeURIComponent(q)}`)).text()).toContain(
      'href="/contacts/beijing-office"',
    );
  });

  it("says so when nothing matches", async () => {
    const body = await (await get("/contacts?q=shanghai")).text();
    expect(body).toContain("No contact matches.");
    expect(body).not.toContain("<ol");
  });

  it("escapes what was searched for", async () => {
    const body = await (await get(`/contacts?q=${encodeURIComponent('"><script>alert(1)</script>')}`)).text();
    expect(body).not.toContain("<script>");
    expect(body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  it("shows a browser the form and what to correct, with a 400", async () => {
    const res = await get("/contacts?q=beijing&kind=company");
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/html; charset=UTF-8");
    const body = await res.text();
    expect(body).toContain('<div role="alert">');
    expect(body).toContain(
      "kind: &quot;company&quot; is not a kind of contact: expected one of organisation, office, person",
    );
    expect(body).toContain('value="beijing"');
  });

  it("answers a client that does not ask for HTML with problem+json", async () => {
    for (const accept of ["application/json", "*/*", "text/html;q=0"]) {
      const res = await get("/contacts?limit=0", { Accept: accept });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    }
  });
});

describe("GET /contacts over a generated directory", () => {
  const contacts = generatedContacts(120, 21);
  const app = createApp(createMemoryStore(contacts));
  const page = async (path: string) => (await app.request(`http://localhost${path}`, { headers: BROWSER })).text();

  it("pages through every contact by its Next page links, each contact linked once", async () => {
    const seen: string[] = [];
    let path: string | undefined = "/contacts?kind=person&limit=25";
    let first = true;
    while (path) {
      const body = await page(path);
      seen.push(...[...body.matchAll(/<li class="phone"><a href="\/contacts\/([a-z0-9-]+)">/g)].map((m) => m[1]!));
      if (!first)
        expect(body).toContain('<a class="button" href="/contacts?kind=person"><span lang="en">First page</span>');
      first = false;
      path = /<a class="button" href="([^"]+)" rel="next">/.exec(body)?.[1]?.replace(/&amp;/g, "&");
    }
    const people = contacts.filter((c) => c.kind === "person").map((c) => c.id as string);
    expect(seen.sort()).toEqual(people.sort());
  });

  it("shows what tells people apart: title, department, organisation and city", async () => {
    const person = contacts.find((c) => c.kind === "person" && c.title && c.organisation)!;
    const body = await page(`/contacts?q=${encodeURIComponent(person.name.en)}`);
    expect(body).toContain(`<span lang="zh-Hans" class="zh">${person.title!["zh-Hans"]}</span>`);
    expect(body).toContain(`<span lang="en">${person.organisation!.en}</span>`);
    expect(body).toContain(`<span lang="en">${person.address!.parts.en.locality}</span>`);
  });

  it("filters by tag, keeping the tag in the form", async () => {
    const tag = contacts[0]!.tags[0]!;
    const body = await page(`/contacts?tag=${tag}`);
    expect(body).toContain(`<input type="hidden" name="tag" value="${tag}"/>`);
    expect([...body.matchAll(/<li class="phone"><a href=/g)].length).toBe(
      Math.min(20, contacts.filter((c) => c.tags.includes(tag)).length),
    );
  });

  it("sends a stale cursor back to the first page", async () => {
    const body = await page("/contacts?limit=5");
    const next = /<a class="button" href="([^"]+)" rel="next">/.exec(body)![1]!.replace(/&amp;/g, "&");
    const changed = createApp(createMemoryStore(contacts.slice(2)));
    const res = await changed.request(`http://localhost${next}`, { headers: BROWSER });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(
      "the directory has changed since this cursor was issued: start again from the first page",
    );
  });
});

describe("GET /contacts as a page of this site", () => {
  it("uses the pages' layout: the shared stylesheet under a strict policy, no framing", async () => {
    const res = await get("/contacts");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const body = await res.text();
    expect(body).toContain("<style>");
    expect(body).toContain('<main class="page">');
  });

  it("offers the results as one vCard file with the same search", async () => {
    const body = await (await get("/contacts?q=caoyuan+hutong&kind=office")).text();
    expect(body).toContain('<a class="button" href="/v1/directory.vcf?q=caoyuan+hutong&amp;kind=office">');
  });

  it("keeps search results and error pages out of search engines, not the directory itself", async () => {
    expect(await (await get("/contacts")).text()).not.toContain('name="robots"');
    expect(await (await get("/contacts?q=beijing")).text()).toContain('<meta name="robots" content="noindex"/>');
  });

  it("varies a wrong request's answer by Accept", async () => {
    expect((await get("/contacts?limit=0")).headers.get("vary")).toContain("Accept");
    expect((await get("/contacts?limit=0", { Accept: "application/json" })).headers.get("vary")).toContain("Accept");
  });
});
