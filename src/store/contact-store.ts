/**
 * @module Where contacts are kept, behind one interface: today a bundle built from `data/` at
 * deploy time, or D1 and R2 (./d1-store.ts); the routes never know which one they have.
 */
import type { Contact } from "../model/contact";
import type { DirectoryFilter } from "../search/find";
import { buildSearchIndex } from "../search/search-index";
import { createIndexedStore } from "./indexed-store";

export type { DirectoryFilter };

/** One page of a directory listing: `limit` contacts from `position` (a previous page's `next`). */
export interface PageRequest extends DirectoryFilter {
  /** How many contacts at most, 1 to 100. */
  readonly limit: number;
  /** Where to start: the `next` of the previous page of the same filter; absent for the first. */
  readonly position?: string;
}

/** A page of contacts, or the refusal of a position this store never issued for this filter. */
export type Page =
  | {
      readonly ok: true;
      readonly contacts: readonly Contact[];
      /** Where the next page starts (printable ASCII), absent on the last page. */
      readonly next?: string;
    }
  | { readonly ok: false; readonly reason: "position" };

/** Read access to the directory; async so that a networked store fits the same shape. */
export interface ContactStore {
  /** The contact with this id, or undefined. */
  get(id: string): Promise<Contact | undefined>;
  /** The one contact marked primary: what / and /contact.vcf show. */
  primary(): Promise<Contact>;
  /** Every contact, sorted by id. */
  all(): Promise<readonly Contact[]>;
  /** A name for this exact content of the store: it changes whenever any contact changes. */
  version(): Promise<string>;
  /**
   * A page of the contacts matching `request`, in a stable order (best matches first, then
   * organisations, offices, people by name). Walking the `next` positions from the first page
   * visits every match exactly once while the version stays the same.
   */
  list(request: PageRequest): Promise<Page>;
  /** Every contact matching `filter`, in the order of `list`, one at a time (for exports). */
  scan(filter: DirectoryFilter): AsyncIterable<Contact>;
  /** What changed since `since` (an earlier `version()`), for sync clients and the change feed. */
  changes(since: string): Promise<Changes>;
  /** Writes, where this store takes them (D1); absent on a read-only store (the bundle). */
  readonly editor?: ContactEditor;
}

/**
 * What changed in the store since an earlier `version()`: the ids of contacts added or changed
 * and of contacts removed, and the version they bring the reader to. `unknown-version` when the
 * store cannot tell (a version it never had, or history it no longer keeps): the reader starts
 * again from a full listing (CardDAV `valid-sync-token`, the change feed's 410).
 */
export type Changes =
  | {
      readonly ok: true;
      /** The store's version now: the token for the next question. */
      readonly version: string;
      readonly changed: readonly string[];
      readonly deleted: readonly string[];
    }
  | { readonly ok: false; readonly reason: "unknown-version" };

/** A contact as an editor wrote it (a `data/` file) and its stamp for optimistic concurrency. */
export interface StoredSource {
  /** The contact file's text exactly as written (what `directory:export` writes back). */
  readonly text: string;
  /** Changes whenever the stored contact changes (compare-and-swap key of `ContactEditor`). */
  readonly stamp: string;
}

/** What a write expects to find: the stamp of the stored contact, or that there is none. */
export type Expectation = { readonly stamp: string } | { readonly absent: true };

/** One entry of a contact's history: who changed it, when, and the whole file before and after. */
export interface HistoryEntry {
  /** The store's version this write made. */
  readonly version: string;
  readonly editor: string;
  /** ISO 8601 instant (UTC). */
  readonly at: string;
  readonly action: "create" | "update" | "delete";
  /** The file before (absent for a create) and after (absent for a delete: a tombstone). */
  readonly before?: string;
  readonly after?: string;
}

/** The result of a write: done, or refused because the stored contact is not what was expected. */
export type WriteOutcome =
  | { readonly ok: true; readonly version: string; readonly stamp?: string }
  | { readonly ok: false; readonly reason: "precondition"; readonly current?: StoredSource };

/**
 * The writable side of a store (D1); read-only stores (the bundle) have none. Callers validate
 * first: an editor stores what it is given. Each write is atomic with its compare-and-swap and
 * its history entry, so of two writers holding the same stamp exactly one succeeds.
 */
export interface ContactEditor {
  /** The stored file and stamp of `id`, or undefined. */
  source(id: string): Promise<StoredSource | undefined>;
  /** Creates or replaces `contact` (validated from `text`) if the store holds what `expected` says. */
  put(contact: Contact, text: string, expected: Expectation, editor: string): Promise<WriteOutcome>;
  /** Removes `id` (leaving a tombstone in its history) if its stamp is `expected.stamp`. */
  delete(id: string, expected: { readonly stamp: string }, editor: string): Promise<WriteOutcome>;
  /** Every write to `id`, oldest first (deleted contacts included); undefined if it never existed. */
  history(id: string): Promise<readonly HistoryEntry[] | undefined>;
}

/**
 * A store over contacts already validated and sorted by id (tests, tools): the search index
 * is built on first use. The worker uses the index built at build time (`bundled.ts`).
 */
export function createMemoryStore(contacts: readonly Contact[]): ContactStore {
  return createIndexedStore(contacts, () => buildSearchIndex(contacts));
}
