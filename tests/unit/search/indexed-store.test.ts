/** The store over contacts and a prebuilt index: what the worker runs on. */
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../../src/search/search-index";
import { createIndexedStore } from "../../../src/store/indexed-store";
import { generatedContacts } from "../directory/helpers";

const contacts = generatedContacts(60, 9);
const index = buildSearchIndex(contacts);

describe("createIndexedStore", () => {
  it("answers from a prebuilt index exactly as from one built on first use", async () => {
    const prebuilt = createIndexedStore(contacts, JSON.parse(JSON.stringify(index)));
    const lazy = createIndexedStore(contacts, () => buildSearchIndex(contacts));
    expect(await prebuilt.version()).toBe(await lazy.version());
    for (const request of [{ limit: 100 }, { text: "wang", limit: 5 }, { kind: "office" as const, limit: 3 }]) {
      expect(await prebuilt.list(request)).toEqual(await lazy.list(request));
    }
  });

  it("builds a lazy index once, however many searches follow", async () => {
    let builds = 0;
    const store = createIndexedStore(contacts, () => (builds++, buildSearchIndex(contacts)));
    expect(builds).toBe(0);
    await store.list({ limit: 1 });
    await store.list({ text: "li", limit: 1 });
    expect(builds).toBe(1);
  });

  it("refuses an index from an older build, saying how to rebuild it, instead of misreading it", async () => {
    const old = createIndexedStore(contacts, { ...index, format: 0 } as unknown as typeof index);
    await expect(old.list({ limit: 1 })).rejects.toThrow(/run npm run build:data/);
    const other = createIndexedStore(contacts.slice(1), index);
    await expect(other.version()).rejects.toThrow(/does not fit this code/);
    expect(await other.get(contacts[1]!.id)).toBe(contacts[1]);
  });

  it("refuses a page size below 1 as a programming error", async () => {
    const store = createIndexedStore(contacts, index);
    await expect(store.list({ limit: 0 })).rejects.toThrow(RangeError);
  });

  it("scans the same contacts, in the same order, as it pages", async () => {
    const store = createIndexedStore(contacts, index);
    const scanned: string[] = [];
    for await (const c of store.scan({ text: "example" })) scanned.push(c.id);
    const page = await store.list({ text: "example", limit: 100 });
    expect(page.ok && page.contacts.map((c) => c.id)).toEqual(scanned);
  });
});
