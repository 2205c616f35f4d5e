/**
 * `GET /v1/contacts` inside workerd: the shipped worker as a client calls it, and an app over
 * a generated directory (built in workerd with the same generator and validator) for paging.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DirectoryPageSchema } from "../../src/formats/summary";
import { createApp } from "../../src/http/app";
import { createMemoryStore } from "../../src/store/contact-store";
import { generatedContacts } from "./generated";

const ORIGIN = "http://localhost";
const get = (path: string) => exports.default.fetch(`${ORIGIN}${path}`);

const BEIJING = {
  id: "beijing-office",
  kind: "office",
  name: { en: "Beijing Office", "zh-Hans": "北京办公室" },
  pinyin: { name: "bei jing ban gong shi" },
  tags: ["beijing", "china"],
  links: {
    self: `${ORIGIN}/v1/contacts/beijing-office`,
    page: `${ORIGIN}/contacts/beijing-office`,
    vcard: `${ORIGIN}/v1/contacts/beijing-office.vcf`,
    vcard4: `${ORIGIN}/v1/contacts/beijing-office.vcf?version=4.0`,
    jscontact: `${ORIGIN}/v1/contacts/beijing-office?format=jscontact`,
    jcard: `${ORIGIN}/v1/contacts/beijing-office?format=jcard`,
    qr: `${ORIGIN}/v1/contacts/beijing-office/qr.svg`,
  },
};

describe("GET /v1/contacts on the shipped data", () => {
  it("lists the Beijing office with its names, tags and links, and no next page", async () => {
    const res = await get("/v1/contacts");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("link")).toBeNull();
    expect(await res.json()).toEqual({ items: [BEIJING] });
  });

  it.each([
    "beijing",
    "Dongcheng",
    "北京",
    "东城",
    "caoyuan hutong",
    "草园",
    "CAOYUANHUTONG",
    "Běijīng",
    "bei jing",
    "64167544",
  ])("finds the Beijing office by q=%s", async (q) => {
    const res = await get(`/v1/contacts?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [BEIJING] });
  });

  it("answers a search that finds nothing with an empty list", async () => {
    const res = await get("/v1/contacts?q=shanghai");
    expect(await res.json()).toEqual({ items: [] });
  });

  it("filters by kind and tag", async () => {
    expect(await (await get("/v1/contacts?kind=office&tag=beijing")).json()).toEqual({ items: [BEIJING] });
    expect(await (await get("/v1/contacts?kind=person")).json()).toEqual({ items: [] });
    expect(await (await get("/v1/contacts?tag=shanghai")).json()).toEqual({ items: [] });
  });

  it("treats empty parameters as absent, as an HTML form sends them", async () => {
    expect(await (await get("/v1/contacts?q=&kind=&tag=&limit=&cursor=")).json()).toEqual({ items: [BEIJING] });
  });

  it.each([
    ["limit=0", "limit", '"0" is not a page size: expected a whole number from 1 to 100'],
    ["limit=101", "limit", '"101" is not a page size: expected a whole number from 1 to 100'],
    ["limit=abc", "limit", '"abc" is not a page size: expected a whole number from 1 to 100'],
    ["limit=2.5", "limit", '"2.5" is not a page size: expected a whole number from 1 to 100'],
    ["limit=-1", "limit", '"-1" is not a page size: expected a whole number from 1 to 100'],
    ["limit=1e2", "limit", '"1e2" is not a page size: expected a whole number from 1 to 100'],
    ["limit=5&limit=6", "limit", "is given 2 times: expected it at most once"],
    ["kind=company", "kind", '"company" is not a kind of contact: expected one of organisation, office, person'],
    [
      "tag=Bei%20Jing",
      "tag",
      '"Bei Jing" is not a tag: expected lowercase letters, digits and hyphens, like "beijing"',
    ],
    [`q=${"x".repeat(201)}`, "q", "is 201 characters long: expected at most 200"],
    [
      "cursor=not-a-cursor",
      "cursor",
      "this is not a cursor this service issued: use the next value of a previous page as it is",
    ],
    [
      `cursor=${"A".repeat(600)}`,
      "cursor",
      "is longer than any cursor this service issues: expected the next value of a previous page",
    ],
  ])("answers ?%s with a 400 problem naming %s", async (query, name, reason) => {
    const res = await get(`/v1/contacts?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Bad Request",
      status: 400,
      detail: `${name} ${reason}.`,
      "invalid-params": [{ name, reason }],
      instance: "/v1/contacts",
    });
  });

  it("reports every wrong parameter at once", async () => {
    const body = (await (await get("/v1/contacts?limit=0&kind=x&tag=%21")).json()) as {
      "invalid-params": { name: string }[];
    };
    expect(body["invalid-params"].map((p) => p.name)).toEqual(["kind", "tag", "limit"]);
  });
});

describe("GET /v1/contacts over a generated directory of 1,000 contacts", () => {
  const contacts = generatedContacts(1000, 8);
  const app = createApp(createMemoryStore(contacts));
  const call = async (path: string) => app.request(`${ORIGIN}${path}`);
  type Body = { items: { id: string; kind: string; tags: string[] }[]; next?: string };

  async function walk(query: string, viaLink = false): Promise<string[]> {
    const ids: string[] = [];
    let path: string | undefined = `/v1/contacts?${query}`;
    while (path) {
      const res = await call(path);
      expect(res.status).toBe(200);
      const body = (await res.json()) as Body;
      ids.push(...body.items.map((i) => i.id));
      const link = res.headers.get("link");
      expect(link === null).toBe(body.next === undefined);
      if (!body.next) break;
      path = viaLink
        ? new URL(link!.match(/^<([^>]+)>; rel="next"$/)![1]!).href.slice(ORIGIN.length)
        : `/v1/contacts?${query}&cursor=${encodeURIComponent(body.next)}`;
    }
    return ids;
  }

  it("was generated without a problem (the helper refuses any)", () => {
    expect(contacts).toHaveLength(1000);
  });

  it("answers pages of the shape GET /openapi.json documents", async () => {
    for (const query of ["limit=100", "q=wang", "kind=organisation&limit=1"]) {
      expect(DirectoryPageSchema.safeParse(await (await call(`/v1/contacts?${query}`)).json()).success).toBe(true);
    }
    const doc = (await (await call("/openapi.json")).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    expect(doc.paths["/v1/contacts"]?.get?.parameters?.map((p) => p.name)).toEqual([
      "q",
      "kind",
      "tag",
      "limit",
      "cursor",
    ]);
    expect(doc.paths["/v1/directory.vcf"]?.get?.parameters?.map((p) => p.name)).toEqual([
      "q",
      "kind",
      "tag",
      "version",
    ]);
    expect(doc.paths["/contacts"]?.get).toBeDefined();
  });

  it("pages through every contact exactly once, by the next cursor and by the Link header", async () => {
    const ids = await walk("limit=17");
    expect(ids).toHaveLength(1000);
    expect(new Set(ids)).toEqual(new Set(contacts.map((c) => c.id)));
    expect(await walk("limit=17", true)).toEqual(ids);
  });

  it("gives 20 contacts a page by default and at most 100", async () => {
    expect(((await (await call("/v1/contacts")).json()) as Body).items).toHaveLength(20);
    expect(((await (await call("/v1/contacts?limit=100")).json()) as Body).items).toHaveLength(100);
  });

  it("pages a search and a filter to the same contacts the store finds", async () => {
    const people = await walk("kind=person&limit=33");
    expect(people.sort()).toEqual(
      contacts
        .filter((c) => c.kind === "person")
        .map((c) => c.id as string)
        .sort(),
    );
    const tag = contacts[0]!.tags[0]!;
    const tagged = await walk(`tag=${tag}&limit=5`);
    expect(tagged.sort()).toEqual(
      contacts
        .filter((c) => c.tags.includes(tag))
        .map((c) => c.id as string)
        .sort(),
    );
    const person = contacts.find((c) => c.kind === "person" && c.name["zh-Hans"])!;
    for (const q of [person.name.en, person.name["zh-Hans"]!, person.phonetic.name!])
      expect(await walk(`q=${encodeURIComponent(q)}`)).toContain(person.id);
  });

  it("refuses a cursor used with another search, or from another version of the data", async () => {
    const first = (await (await call("/v1/contacts?q=wang&limit=1")).json()) as Body;
    expect(first.next).toBeDefined();
    const other = await call(`/v1/contacts?q=li&limit=1&cursor=${first.next}`);
    expect(other.status).toBe(400);
    expect(((await other.json()) as { detail: string }).detail).toContain("this cursor belongs to another search");

    const changed = createApp(createMemoryStore(contacts.slice(1)));
    const stale = await changed.request(`${ORIGIN}/v1/contacts?q=wang&limit=1&cursor=${first.next}`);
    expect(stale.status).toBe(400);
    expect(((await stale.json()) as { detail: string }).detail).toBe(
      "cursor the directory has changed since this cursor was issued: start again from the first page, without a cursor.",
    );
  });

  it("refuses a cursor with one character changed", async () => {
    const { next } = (await (await call("/v1/contacts?limit=10")).json()) as Body;
    const i = Math.floor(next!.length / 2);
    const forged = next!.slice(0, i) + (next![i] === "A" ? "B" : "A") + next!.slice(i + 1);
    const res = await call(`/v1/contacts?limit=10&cursor=${forged}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  });
});
