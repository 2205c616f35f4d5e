/**
 * Cursor pagination over the store walks every matching contact exactly once, for random
 * limits and filters, and refuses cursors that are not its own. Runs in Node on the pure layer
 * (store, index, cursor codec): the same code the routes call, without HTTP.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contact } from "../../../src/model/contact";
import { CONTACT_KINDS } from "../../../src/model/schema";
import { encodeCursor, filterKey } from "../../../src/search/cursor";
import { readDirectoryPage } from "../../../src/search/directory-page";
import type { DirectoryFilter } from "../../../src/search/find";
import { createMemoryStore, type ContactStore } from "../../../src/store/contact-store";
import { directoryWithOffice, generatedContacts } from "../directory/helpers";

/** Every page from the first to the last; fails if a cursor is refused or a page is empty. */
async function walk(
  store: ContactStore,
  filter: DirectoryFilter,
  limit: number,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await readDirectoryPage(store, { filter, limit, ...(cursor ? { cursor } : {}) });
    if (!page.ok) throw new Error(`cursor refused: ${page.reason}`);
    pages++;
    expect(page.contacts.length).toBeLessThanOrEqual(limit);
    if (page.next) expect(page.contacts.length).toBe(limit);
    ids.push(...page.contacts.map((c) => c.id));
    cursor = page.next;
  } while (cursor);
  return { ids, pages };
}

/** Everything the store finds for `filter`, in one go. */
async function scanned(store: ContactStore, filter: DirectoryFilter): Promise<string[]> {
  const ids: string[] = [];
  for await (const c of store.scan(filter)) ids.push(c.id);
  return ids;
}

// Hundreds of full walks: seconds, more on a busy machine.
describe("pagination", { timeout: 60_000 }, () => {
  const contacts = directoryWithOffice(300, 4);
  const store = createMemoryStore(contacts);
  const tags = [...new Set(contacts.flatMap((c) => c.tags))];
  const words = ["beijing", "wang", "北京", "东城", "li", "sales", "example", "草园", "z", "nothing-like-this"];
  const filters = fc.record(
    {
      text: fc.constantFrom(...words),
      kind: fc.constantFrom(...CONTACT_KINDS),
      tag: fc.constantFrom(...tags, "no-such-tag"),
    },
    { requiredKeys: [] },
  );

  it("walks every matching contact exactly once, in the order of a full scan, for random limits and filters", async () => {
    await fc.assert(
      fc.asyncProperty(filters, fc.integer({ min: 1, max: 100 }), async (filter, limit) => {
        const { ids, pages } = await walk(store, filter, limit);
        const all = await scanned(store, filter);
        expect(ids).toEqual(all);
        expect(new Set(ids).size).toBe(ids.length);
        expect(pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
      }),
      { numRuns: 150 },
    );
  });

  it("returns exactly the contacts of the kind and tag asked for", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CONTACT_KINDS),
        fc.constantFrom(...tags),
        fc.integer({ min: 1, max: 100 }),
        async (kind, tag, limit) => {
          const { ids } = await walk(store, { kind, tag }, limit);
          const expected = contacts.filter((c) => c.kind === kind && c.tags.includes(tag)).map((c) => c.id);
          expect(new Set(ids)).toEqual(new Set(expected));
          expect(ids).toHaveLength(expected.length);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("refuses a cursor after the data changed, for another query, or naming a position it never gave", async () => {
    const first = await readDirectoryPage(store, { filter: { text: "wang" }, limit: 2 });
    expect(first.ok && first.next).toBeTruthy();
    const next = (first as { next: string }).next;
    const changed = createMemoryStore(
      contacts.map((c, i) => (i === 0 ? ({ ...c, updated: "2026-11-29" } as Contact) : c)),
    );
    expect(await readDirectoryPage(changed, { filter: { text: "wang" }, limit: 2, cursor: next })).toEqual({
      ok: false,
      reason: "stale",
    });
    expect(await readDirectoryPage(store, { filter: { text: "li" }, limit: 2, cursor: next })).toEqual({
      ok: false,
      reason: "other-query",
    });
    const version = await store.version();
    for (const position of ["0", "-1", "1e3", "99999", "abc", ""]) {
      const forged = encodeCursor({ version, filter: filterKey({ text: "wang" }), position });
      expect(await readDirectoryPage(store, { filter: { text: "wang" }, limit: 2, cursor: forged })).toEqual({
        ok: false,
        reason: "position",
      });
    }
  });
});

describe("pagination of a generated 10,000-contact directory", () => {
  it("walks every contact exactly once, with no filter and by kind", { timeout: 180_000 }, async () => {
    const contacts = generatedContacts(10_000, 1);
    const store = createMemoryStore(contacts);
    const { ids, pages } = await walk(store, {}, 100);
    expect(pages).toBe(100);
    expect(ids).toHaveLength(10_000);
    expect(new Set(ids)).toEqual(new Set(contacts.map((c) => c.id)));
    const byKind = await Promise.all(CONTACT_KINDS.map((kind) => walk(store, { kind }, 37)));
    expect(byKind.flatMap((w) => w.ids).sort()).toEqual(contacts.map((c) => c.id as string).sort());
    const search = await walk(store, { text: "beijing" }, 13);
    expect(search.ids).toEqual(await scanned(store, { text: "beijing" }));
    expect(search.ids.length).toBeGreaterThan(100);
  });
});
