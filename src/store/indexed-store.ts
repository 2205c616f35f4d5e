/**
 * @module A `ContactStore` over contacts held in memory and their search index: the bundled
 * store (index built at build time) and the memory store of tests (index built on first use).
 * A page position is the offset in the filter's result list, which the index fixes for a
 * given version of the data.
 */
import type { Contact } from "../model/contact";
import { filterKey } from "../search/cursor";
import { findPositions, type DirectoryFilter } from "../search/find";
import { SEARCH_INDEX_FORMAT, type SearchIndex } from "../search/index-format";
import type { Changes, ContactStore, Page, PageRequest } from "./contact-store";

const OFFSET = /^[1-9][0-9]{0,8}$/;
/** How many recent result lists a store keeps (each at most one number per contact). */
const RECENT_QUERIES = 16;

/** A store over `contacts` (sorted by id) with their index, or a function building it once. */
export function createIndexedStore(
  contacts: readonly Contact[],
  index: SearchIndex | (() => SearchIndex),
): ContactStore {
  const byId = new Map(contacts.map((c) => [c.id as string, c]));
  const primary = contacts.find((c) => c.primary) ?? contacts[0];
  let built: SearchIndex | undefined;
  const searchIndex = (): SearchIndex => {
    if (built) return built;
    const candidate = typeof index === "function" ? index() : index;
    // A bundle left over from an older build: say how to fix it rather than misread it.
    if (candidate.format !== SEARCH_INDEX_FORMAT || candidate.order.length !== contacts.length) {
      throw new Error(
        `the search index (format ${candidate.format}, ${candidate.order?.length} contacts) does not fit this code (format ${SEARCH_INDEX_FORMAT}, ${contacts.length} contacts): run npm run build:data`,
      );
    }
    return (built = candidate);
  };
  const contactAt = (position: number): Contact => contacts[searchIndex().order[position]!]!;
  // Paging a search asks the same question once a page: keep the last few answers.
  const recent = new Map<string, readonly number[]>();
  const matches = (filter: DirectoryFilter): readonly number[] => {
    const key = filterKey(filter);
    let positions = recent.get(key);
    if (positions) recent.delete(key);
    else positions = findPositions(searchIndex(), filter);
    recent.set(key, positions);
    if (recent.size > RECENT_QUERIES) recent.delete(recent.keys().next().value!);
    return positions;
  };

  return {
    get: async (id) => byId.get(id),
    primary: async () => {
      if (!primary) throw new Error("the directory is empty");
      return primary;
    },
    all: async () => contacts,
    version: async () => searchIndex().version,
    list: async (request: PageRequest): Promise<Page> => {
      if (!Number.isInteger(request.limit) || request.limit < 1)
        throw new RangeError(`limit must be a whole number of at least 1, not ${request.limit}`);
      const positions = matches(request);
      let start = 0;
      if (request.position !== undefined) {
        // Only offsets this store hands out: inside the result list, never its start.
        if (!OFFSET.test(request.position) || Number(request.position) >= positions.length)
          return { ok: false, reason: "position" };
        start = Number(request.position);
      }
      const end = Math.min(start + request.limit, positions.length);
      const page = positions.slice(start, end).map(contactAt);
      return end < positions.length ? { ok: true, contacts: page, next: String(end) } : { ok: true, contacts: page };
    },
    // A bundle never changes under a running isolate: its own version has no changes, and any
    // other version is one it cannot account for (the reader starts again).
    changes: async (since: string): Promise<Changes> => {
      const version = searchIndex().version;
      return since === version
        ? { ok: true, version, changed: [], deleted: [] }
        : { ok: false, reason: "unknown-version" };
    },
    scan: (filter: DirectoryFilter): AsyncIterable<Contact> => ({
      async *[Symbol.asyncIterator]() {
        for (const position of matches(filter)) yield contactAt(position);
      },
    }),
  };
}
