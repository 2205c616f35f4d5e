/**
 * `GET /v1/contacts/{id}` inside workerd: each format by ?format= and by Accept, the bodies
 * against the writers (and the golden JSON), Vary and Content-Location when negotiated, the
 * 400, 404 and 406 problems.
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { toJSContact } from "../../src/formats/jscontact";
import { toContactJson } from "../../src/formats/json";
import { toJCard, toVCard } from "../../src/formats/vcard";
import { createApp } from "../../src/http/app";
import { createMemoryStore } from "../../src/store/contact-store";
import { bundledStore } from "../../src/store/bundled";
import golden from "../fixtures/api/beijing-office.json";
import { generatedContacts } from "./generated";

const ORIGIN = "http://localhost";
const PATH = "/v1/contacts/beijing-office";
const call = (path: string, headers: Record<string, string> = {}) =>
  exports.default.fetch(`${ORIGIN}${path}`, { headers });
const office = async () => (await bundledStore.get("beijing-office"))!;

beforeAll(() => call(PATH), 60_000);

describe("GET /v1/contacts/{id} by ?format=", () => {
  it.each([
    ["", "application/json", async () => JSON.stringify(toContactJson(await office(), { origin: ORIGIN }), null, 2)],
    [
      "?format=json",
      "application/json",
      async () => JSON.stringify(toContactJson(await office(), { origin: ORIGIN }), null, 2),
    ],
    [
      "?format=jscontact",
      "application/jscontact+json; version=1.0",
      async () => JSON.stringify(toJSContact(await office(), { origin: ORIGIN }), null, 2),
    ],
    ["?format=jcard", "application/vcard+json", async () => JSON.stringify(toJCard(await office()), null, 2)],
    ["?format=vcard", "text/vcard; charset=utf-8", async () => toVCard(await office(), { version: "3.0" })],
    ["?format=vcard&version=4.0", "text/vcard; charset=utf-8", async () => toVCard(await office(), { version: "4.0" })],
  ])("answers %j as %s, the writer's output byte for byte", async (query, type, expected) => {
    const res = await call(`${PATH}${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
    expect(await res.text()).toBe(await expected());
    // A format in the query fixes the answer: it does not vary with Accept.
    if (query) expect(res.headers.get("vary")).toBeNull();
  });

  it("serves the golden JSON, links under the request's origin", async () => {
    const res = await exports.default.fetch(`https://contact.example${PATH}`);
    expect(await res.json()).toEqual(golden);
  });
});

describe("GET /v1/contacts/{id} by Accept", () => {
  it.each([
    ["*/*", "application/json", "json"],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json", "json"],
    ["application/jscontact+json", "application/jscontact+json; version=1.0", "jscontact"],
    ["application/vcard+json", "application/vcard+json", "jcard"],
    ["text/vcard", "text/vcard; charset=utf-8", "vcard&version=3.0"],
    ["text/vcard;version=4.0", "text/vcard; charset=utf-8", "vcard&version=4.0"],
    ["application/json;q=0.1, application/vcard+json;q=0.9", "application/vcard+json", "jcard"],
  ])(
    "answers Accept: %s with %s, Vary: Accept and the chosen URL as Content-Location",
    async (accept, type, format) => {
      const res = await call(PATH, { Accept: accept });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("vary")).toBe("Accept");
      expect(res.headers.get("content-location")).toBe(`${PATH}?format=${format}`);
      // The Content-Location answers the same representation, whatever the Accept.
      const located = await call(res.headers.get("content-location")!, { Accept: "image/png" });
      expect(located.status).toBe(200);
      expect(await located.text()).toBe(await res.text());
    },
  );

  it("gives each representation its own ETag", async () => {
    const tags = await Promise.all(
      [
        "application/json",
        "application/jscontact+json",
        "application/vcard+json",
        "text/vcard",
        "text/vcard;version=4.0",
      ].map(async (accept) => (await call(PATH, { Accept: accept })).headers.get("etag")),
    );
    expect(new Set(tags).size).toBe(5);
  });

  it.each(["image/png", "text/html", "application/json;q=0, */*;q=0", "application/jscontact+json;version=2.0"])(
    "answers Accept: %s with 406 listing what is available",
    async (accept) => {
      const res = await call(PATH, { Accept: accept });
      expect(res.status).toBe(406);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(res.headers.get("vary")).toBe("Accept");
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ title: "Not Acceptable", status: 406, instance: PATH });
      expect(body.available).toEqual([
        "application/json",
        "application/jscontact+json; version=1.0",
        "application/vcard+json",
        "text/vcard; version=3.0",
        "text/vcard; version=4.0",
      ]);
      expect(body.detail).toContain("?format=json|jscontact|jcard|vcard");
    },
  );

  it("lets ?format= override an Accept nothing satisfies", async () => {
    expect((await call(`${PATH}?format=jcard`, { Accept: "image/png" })).status).toBe(200);
  });
});

describe("GET /v1/contacts/{id} errors", () => {
  it("answers an unknown id with 404 problem+json naming it", async () => {
    const res = await call("/v1/contacts/shanghai-office");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: 'There is no contact with the id "shanghai-office".',
      id: "shanghai-office",
      instance: "/v1/contacts/shanghai-office",
    });
  });

  it.each([
    "/v1/contacts/Beijing-Office",
    "/v1/contacts/beijing_office",
    "/v1/contacts/beijing-office.json",
    "/v1/contacts/-x",
    "/v1/contacts/a--b",
  ])("answers %s, not an id, with the not-found problem", async (path) => {
    const res = await call(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ title: "Not Found", detail: `There is nothing at ${path}.` });
  });

  it("leaves /v1/contacts/{id}.vcf to the card download", async () => {
    const res = await call("/v1/contacts/beijing-office.vcf");
    expect(res.headers.get("content-disposition")).toContain("attachment");
  });

  it("answers every wrong parameter at once with 400", async () => {
    const res = await call(`${PATH}?format=xml&version=5.0`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ "invalid-params": [{ name: "format" }, { name: "version" }] });
    expect((await call(`${PATH}?format=json&version=4.0`)).status).toBe(400);
  });
});

describe("GET /v1/contacts/{id} over a generated directory", () => {
  const contacts = generatedContacts(40, 3);
  const app = createApp(createMemoryStore(contacts));

  it.each(["json", "jscontact", "jcard", "vcard"])("answers every contact as %s", async (format) => {
    for (const contact of contacts) {
      const res = await app.request(`${ORIGIN}/v1/contacts/${contact.id}?format=${format}`);
      expect(res.status, contact.id).toBe(200);
      if (format === "json") expect(await res.json()).toEqual(toContactJson(contact, { origin: ORIGIN }));
    }
  });
});
