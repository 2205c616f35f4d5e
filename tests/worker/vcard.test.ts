/// <reference types="vite/client" />
/**
 * The contact card downloads inside workerd, called as a phone or a website would: status,
 * the headers this route owns (exact values), the body byte for byte against the golden
 * cards, and the problems for a wrong version or an unknown id.
 */
import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { generateDirectory } from "../../src/cli/generate/directory";
import { toVCard } from "../../src/formats/vcard";
import { createApp } from "../../src/http/app";
import { contactPaths, DIRECTORY_PATHS } from "../../src/model/urls";
import { createMemoryStore } from "../../src/store/contact-store";
import { validateDirectory } from "../../src/validate/directory";
import goldenV3 from "../fixtures/vcard/beijing-office.v3.vcf?raw";
import goldenV4 from "../fixtures/vcard/beijing-office.v4.vcf?raw";

const ORIGIN = "http://localhost";
const get = (path: string, init?: RequestInit) => exports.default.fetch(`${ORIGIN}${path}`, init);
const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const utf8 = (text: string) => new TextEncoder().encode(text);

const OFFICE_DOWNLOAD = `attachment; filename="beijing-office.vcf"; filename*=UTF-8''beijing-office.vcf`;
const ROUTES = [
  { route: DIRECTORY_PATHS.primaryVcard, disposition: OFFICE_DOWNLOAD },
  { route: contactPaths("beijing-office").vcard, disposition: OFFICE_DOWNLOAD },
  // The shipped directory holds only the office, so its file is the office's card.
  { route: DIRECTORY_PATHS.vcard, disposition: `attachment; filename="directory.vcf"; filename*=UTF-8''directory.vcf` },
];

describe.each(ROUTES)("GET $route", ({ route, disposition }) => {
  it.each([
    { query: "", golden: goldenV3, version: "3.0 by default" },
    { query: "?version=", golden: goldenV3, version: "3.0 for an empty version" },
    { query: "?version=3.0", golden: goldenV3, version: "3.0" },
    { query: "?version=4.0", golden: goldenV4, version: "4.0" },
  ])("answers $query with the golden vCard $version as a download", async ({ query, golden }) => {
    const res = await get(`${route}${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(disposition);
    expect(await bytes(res)).toEqual(utf8(golden));
  });

  it.each(["5.0", "4", "2.1", "latest", "３.０"])(
    "refuses version=%s with a 400 naming the versions it writes",
    async (version) => {
      const res = await get(`${route}?version=${encodeURIComponent(version)}`);
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const reason = `${JSON.stringify(version)} is not a vCard version this service writes: expected 3.0 or 4.0`;
      expect(await res.json()).toEqual({
        type: "about:blank",
        title: "Bad Request",
        status: 400,
        detail: `version ${reason}.`,
        "invalid-params": [{ name: "version", reason }],
        instance: route,
      });
    },
  );

  it("refuses a version given twice", async () => {
    const res = await get(`${route}?version=3.0&version=4.0`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      "invalid-params": [{ name: "version", reason: "is given 2 times: expected it at most once" }],
    });
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const res = await get(route, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(disposition);
    expect((await bytes(res)).length).toBe(0);
  });
});

describe("GET /v1/contacts/{id}.vcf for an id that is not in the directory", () => {
  it("answers 404 problem+json naming the id", async () => {
    const res = await get("/v1/contacts/shanghai-office.vcf");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: 'There is no contact with the id "shanghai-office".',
      id: "shanghai-office",
      instance: "/v1/contacts/shanghai-office.vcf",
    });
  });

  it("answers 404 for a name that cannot be an id, without reading it as one", async () => {
    for (const path of [
      "/v1/contacts/Beijing-Office.vcf",
      "/v1/contacts/beijing--office.vcf",
      "/v1/contacts/.vcf",
      "/v1/contacts/北京.vcf",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toBe("application/problem+json; charset=utf-8");
    }
  });
});

describe("the vCard routes over a generated directory", () => {
  const { contacts } = validateDirectory(
    generateDirectory({ count: 40 }).map((file) => ({ name: `${file.id}.json`, text: JSON.stringify(file) })),
  );
  const app = createApp(createMemoryStore(contacts));
  const fetchApp = (path: string) => app.fetch(new Request(`${ORIGIN}${path}`));

  it("serves every contact's own card at its vCard link, in both versions", async () => {
    for (const contact of contacts) {
      for (const version of ["3.0", "4.0"] as const) {
        const res = await fetchApp(`${contactPaths(contact.id).vcard}?version=${version}`);
        expect(res.status).toBe(200);
        expect(res.headers.get("content-disposition")).toBe(
          `attachment; filename="${contact.id}.vcf"; filename*=UTF-8''${contact.id}.vcf`,
        );
        expect(await res.text()).toBe(toVCard(contact, { version }));
      }
    }
  });

  it("puts every card in the directory file, one after another in the store's order", async () => {
    const res = await fetchApp(`${DIRECTORY_PATHS.vcard}?version=4.0`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(contacts.map((c) => toVCard(c, { version: "4.0" })).join(""));
  });
});
