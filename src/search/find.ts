/**
 * @module Runs a directory query against the index: the kind and tag filters, then every
 * query term, then the ranking: a name equal to the query first, then names starting with
 * it, then matches in a name, then matches anywhere else; within each rank, directory order.
 * The result is a list of positions, the same for the same index and filter. Pure.
 */
import type { ContactKind } from "../model/contact";
import { queryTerms } from "./normalise";
import { KEYS_SEPARATOR, LINE_SEPARATOR, type SearchIndex } from "./index-format";

/** What a directory listing is filtered by; every field optional. */
export interface DirectoryFilter {
  /** Free text, in English, Chinese or pinyin. */
  readonly text?: string;
  readonly kind?: ContactKind;
  readonly tag?: string;
}

// Where each position's line starts in `index.keys`, found once per index (derived, so not
// stored in the bundle); the last entry is the end of the keys.
const LINE_STARTS = new WeakMap<SearchIndex, Uint32Array>();
function lineStarts(index: SearchIndex): Uint32Array {
  let starts = LINE_STARTS.get(index);
  if (!starts) {
    starts = new Uint32Array(index.order.length + 1);
    let at = 0;
    for (let position = 1; position < index.order.length; position++) {
      at = index.keys.indexOf(LINE_SEPARATOR, at) + 1;
      starts[position] = at;
    }
    starts[index.order.length] = index.keys.length + 1;
    LINE_STARTS.set(index, starts);
  }
  return starts;
}

/** The line (position) holding character `offset`: binary search over the line starts. */
function positionAt(starts: Uint32Array, offset: number): number {
  let [low, high] = [0, starts.length - 2];
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Positions whose line contains `term`, ascending: one native search through all the keys. */
function positionsWith(index: SearchIndex, starts: Uint32Array, term: string): number[] {
  const found: number[] = [];
  for (let at = index.keys.indexOf(term); at !== -1;) {
    const position = positionAt(starts, at);
    found.push(position);
    at = index.keys.indexOf(term, starts[position + 1]!); // the rest of this line adds nothing
  }
  return found;
}

/** Positions (directory order) of the contacts of `kind` and `tag`, ascending. */
function candidates(index: SearchIndex, kind?: ContactKind, tag?: string): readonly number[] {
  const [start, end] = kind ? index.kinds[kind] : [0, index.order.length];
  if (tag !== undefined) {
    // Object.hasOwn: a tag such as "constructor" must not find Object.prototype's.
    const positions = Object.hasOwn(index.tags, tag) ? (index.tags[tag] ?? []) : [];
    return kind ? positions.filter((p) => p >= start && p < end) : positions;
  }
  return Array.from({ length: end - start }, (_, i) => start + i);
}

/** The positions of every contact matching `filter`, best first, in a stable order. */
export function findPositions(index: SearchIndex, filter: DirectoryFilter): number[] {
  const terms = filter.text ? queryTerms(filter.text) : [];
  if (terms.length === 0) return [...candidates(index, filter.kind, filter.tag)];

  const starts = lineStarts(index);
  const line = (position: number) => index.keys.slice(starts[position]!, starts[position + 1]! - 1);
  // The longest term is usually the rarest: search the keys for it, then check the others
  // on the lines it found.
  const [first, ...rest] = [...terms].sort((a, b) => b.length - a.length) as [string, ...string[]];
  let positions = positionsWith(index, starts, first);
  if (filter.kind || filter.tag !== undefined) {
    const allowed = new Set(candidates(index, filter.kind, filter.tag));
    positions = positions.filter((p) => allowed.has(p));
  }

  const whole = terms.join("");
  const ranks: number[][] = [[], [], [], []];
  for (const position of positions) {
    const text = line(position);
    if (!rest.every((term) => text.includes(term))) continue;
    // Name keys come first on the line, each between spaces, so a space marks where one starts or ends.
    const names = text.slice(0, text.indexOf(KEYS_SEPARATOR));
    const rank = names.includes(` ${whole} `)
      ? 0
      : names.includes(` ${whole}`)
        ? 1
        : terms.every((t) => names.includes(t))
          ? 2
          : 3;
    ranks[rank]!.push(position);
  }
  return ranks.flat();
}
