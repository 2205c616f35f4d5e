/**
 * @module The layout of the search index as the bundle stores it: plain JSON, written by
 * `search-index.ts` at build time and read by `find.ts` per request. Kept apart from the
 * builder so the worker never bundles what only the build needs (pinyin-pro's dictionary).
 */
import type { ContactKind } from "../model/contact";

/** Bumped whenever the index's layout changes, so an old bundle is never misread. */
export const SEARCH_INDEX_FORMAT = 1;

/** Ends one contact's keys in `SearchIndex.keys`. */
export const LINE_SEPARATOR = "\n";
/** Separates a contact's name keys from its other keys. */
export const KEYS_SEPARATOR = "\t";

/** Positions `[start, end)` in directory order. */
export type Range = readonly [start: number, end: number];

/** The index over a list of contacts. "Position" means a place in directory order. */
export interface SearchIndex {
  readonly format: typeof SEARCH_INDEX_FORMAT;
  /** A hash of the contacts and their keys: any change in either changes it (cursors carry it). */
  readonly version: string;
  /** For each position, the contact's index in the store's list (sorted by id). */
  readonly order: readonly number[];
  /**
   * Every contact's folded keys in one string, a line per position: the name keys surrounded
   * by spaces, a tab, then the other keys (" beijingoffice 北京办公室 \tdongchengdistrict …").
   * Keys hold only letters and digits, so a term never matches across keys or contacts, and
   * one native string search over everything is faster than one per contact.
   */
  readonly keys: string;
  /** Where each kind's contacts sit: the order groups them, organisations first. */
  readonly kinds: Readonly<Record<ContactKind, Range>>;
  /** For each tag, the positions of its contacts, ascending. */
  readonly tags: Readonly<Record<string, readonly number[]>>;
}
