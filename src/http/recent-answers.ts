/**
 * @module The last answers of a route whose answer depends on the request (a search), kept
 * with their ETag so that asking again costs a lookup instead of a search, a serialisation and
 * a digest. Bounded (the keys hold what clients typed), oldest out; an answer that fails is
 * not kept. Kept per store: an app over other data never sees these answers.
 */
import type { ContactStore } from "../store/contact-store";
import { makeRepresentation, type Representation, type RepresentationSource } from "./representation";

/** An answer: a representation, with the headers that go with it (a Link to the next page). */
export type Answer = Representation;

/** How many answers a store's cache keeps: each is one page of at most 100 summaries. */
export const RECENT_ANSWERS = 64;

/** A memo of answers by key. */
export interface RecentAnswers {
  /**
   * The answer for `key` under the store's current version, built by `build` the first time
   * (its body digested once). A `build` that throws is not kept.
   */
  get(store: ContactStore, key: string, build: () => Promise<RepresentationSource>): Promise<Answer>;
}

/** A new, empty memo of at most `limit` answers per store. */
export function createRecentAnswers(limit = RECENT_ANSWERS): RecentAnswers {
  const caches = new WeakMap<ContactStore, Map<string, Promise<Answer>>>();
  return {
    async get(store, key, build) {
      let cache = caches.get(store);
      if (!cache) caches.set(store, (cache = new Map()));
      // The store's version names its content: a new version never meets an old answer.
      const fullKey = `${await store.version()}\n${key}`;
      let found = cache.get(fullKey);
      if (found) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(fullKey);
        cache.set(fullKey, found);
        return found;
      }
      found = build().then(makeRepresentation);
      cache.set(fullKey, found);
      if (cache.size > limit) cache.delete(cache.keys().next().value!);
      const kept = cache;
      found.catch(() => {
        if (kept.get(fullKey) === found) kept.delete(fullKey);
      });
      return found;
    },
  };
}
