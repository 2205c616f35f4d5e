/**
 * @module Where contacts are kept, behind one interface: today a bundle built from `data/` at
 * deploy time; a Workers KV or D1 store would be one more module implementing it.
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
}

/**
 * A store over contacts already validated and sorted by id (tests, tools): the search index
 * is built on first use. The worker uses the index built at build time (`bundled.ts`).
 */
export function createMemoryStore(contacts: readonly Contact[]): ContactStore {
  return createIndexedStore(contacts, () => buildSearchIndex(contacts));
}
