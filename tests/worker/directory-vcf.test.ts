/**
 * `GET /v1/directory.vcf` inside workerd: the same filters as the listing, every match as one
 * vCard file, streamed card by card; an empty result and wrong parameters as problems.
 */
import { exports } from "cloudflare:workers";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { toVCard } from "../../src/formats/vcard";
import { createApp } from "../../src/http/app";
import { createMemoryStore } from "../../src/store/contact-store";
import { generatedContacts } from "./generated";

const ORIGIN = "http://localhost";
const contacts = generatedContacts(400, 13);
const store = createMemoryStore(contacts);
const app = createApp(store);
const call = (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init);

/** What the listing finds for the same query, every page of it, in its order. */
async function listed(query: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = "";
  do {
    const body = (await (await call(`/v1/contacts?${query}&limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as {
      items: { id: string }[];
      next?: string;
    };
    ids.push(...body.items.map((i) => i.id));
    cursor = body.next ?? "";
  } while (cursor);
  return ids;
}

const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
const byId = new Map(contacts.map((c) => [c.id as string, c]));

describe("GET /v1/directory.vcf", () => {
  it("is every contact's card, sorted by id as the data files are, as a download", async () => {
    const res = await call("/v1/directory.vcf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="directory.vcf"; filename*=UTF-8''directory.vcf`,
    );
    const ids = (await listed("")).sort();
    expect(ids).toHaveLength(400);
    expect(ids).toEqual(contacts.map((c) => c.id));
    expect(await res.text()).toBe(ids.map((id) => toVCard(byId.get(id)!)).join(""));
  });

  it.each([
    ["q=wang", "a search"],
    ["kind=office", "a kind"],
    ["tag=beijing&kind=person", "a tag and a kind"],
    ["q=%E5%8C%97%E4%BA%AC", "a search in Chinese"],
  ])("holds the same contacts as the listing for %s (%s)", async (query) => {
    const ids = (await listed(query)).sort();
    expect(ids.length).toBeGreaterThan(0);
    const text = await (await call(`/v1/directory.vcf?${query}&version=4.0`)).text();
    expect(text).toBe(ids.map((id) => toVCard(byId.get(id)!, { version: "4.0" })).join(""));
  });

  it("is a file that an independent parser reads as one card per contact", async () => {
    const text = await (await call("/v1/directory.vcf?kind=office&version=4.0")).text();
    const parsed = ICAL.parse(text) as unknown[];
    const offices = contacts.filter((c) => c.kind === "office");
    expect(parsed).toHaveLength(offices.length);
    expect(uids(text)).toHaveLength(offices.length);
    expect(new Set(uids(text)).size).toBe(offices.length);
  });

  it("arrives in several chunks, each of whole UTF-8 characters", async () => {
    const res = await call("/v1/directory.vcf");
    const reader = res.body!.getReader();
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    let chunks = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks++;
      decoder.decode(read.value); // throws on a chunk that ends inside a character
    }
    expect(chunks).toBeGreaterThan(3);
  });

  it("answers 404 problem+json when nothing matches: a vCard file needs one card at least", async () => {
    const res = await call("/v1/directory.vcf?q=no+such+contact&kind=office");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: 'No contact matches q="no such contact", kind=office: there is no card to download.',
      instance: "/v1/directory.vcf",
    });
  });

  it("reports every wrong parameter at once, the version's among them", async () => {
    const res = await call("/v1/directory.vcf?kind=x&version=5.0&limit=10&cursor=abc");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { "invalid-params": { name: string; reason: string }[] };
    expect(body["invalid-params"]).toEqual([
      { name: "kind", reason: '"x" is not a kind of contact: expected one of organisation, office, person' },
      { name: "limit", reason: "does not apply here: this route returns every matching contact at once" },
      { name: "cursor", reason: "does not apply here: this route returns every matching contact at once" },
      { name: "version", reason: '"5.0" is not a vCard version this service writes: expected 3.0 or 4.0' },
    ]);
  });

  it("answers HEAD with the headers and no body", async () => {
    const res = await call("/v1/directory.vcf", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});

describe("GET /v1/directory.vcf on the shipped data", () => {
  it("finds the office by the same searches as the listing", async () => {
    for (const q of ["东城", "caoyuan hutong", "beijing"]) {
      const res = await exports.default.fetch(`${ORIGIN}/v1/directory.vcf?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(uids(await res.text())).toHaveLength(1);
    }
  });
});
