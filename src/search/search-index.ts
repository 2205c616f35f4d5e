/**
 * @module Builds the search index (layout in `index-format.ts`) from the validated contacts,
 * once: at build time by `npm run build:data`, which bundles it next to them. The directory
 * order, each contact's folded search keys, and where each kind and tag sits.
 */
import type { Contact, ContactKind } from "../model/contact";
import { CONTACT_KINDS } from "../model/schema";
import { hash64 } from "./hash";
import { KEYS_SEPARATOR, LINE_SEPARATOR, SEARCH_INDEX_FORMAT, type SearchIndex } from "./index-format";
import { foldText } from "./normalise";
import { searchKeysOf } from "./search-keys";

/** How a contact sorts in the directory: people by family name, the rest by English name. */
function sortKey(contact: Contact): string {
  // The space keeps family names whole: every Li before any Lin.
  if (contact.familyName && contact.givenName)
    return `${foldText(contact.familyName.en)} ${foldText(contact.givenName.en)}`;
  return foldText(contact.name.en);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Builds the index of `contacts` (validated, in the order the store keeps them). */
export function buildSearchIndex(contacts: readonly Contact[]): SearchIndex {
  const rank = (kind: ContactKind) => CONTACT_KINDS.indexOf(kind);
  const entries = contacts.map((contact, i) => ({ contact, i, key: sortKey(contact) }));
  // The stable directory order: kind, then name, then id (ids are unique, so the order is total).
  entries.sort(
    (a, b) =>
      rank(a.contact.kind) - rank(b.contact.kind) || compare(a.key, b.key) || compare(a.contact.id, b.contact.id),
  );

  const lines: string[] = [];
  // No prototype: a tag may be called "constructor" (tags only need to match the id pattern).
  const tags: Record<string, number[]> = Object.create(null);
  const kinds = Object.fromEntries(CONTACT_KINDS.map((kind) => [kind, [0, 0]])) as Record<
    ContactKind,
    [number, number]
  >;
  const pinyinCache = new Map<string, readonly string[]>();
  entries.forEach(({ contact }, position) => {
    const keys = searchKeysOf(contact, pinyinCache);
    lines.push(` ${keys.names.join(" ")} ${KEYS_SEPARATOR}${keys.others.join(" ")}`);
    for (const tag of contact.tags) (tags[tag] ??= []).push(position);
    kinds[contact.kind][1] = position + 1;
  });
  // Each kind's range starts where the one before it ends (an absent kind is empty).
  let start = 0;
  for (const kind of CONTACT_KINDS) {
    const end = Math.max(start, kinds[kind][1]);
    kinds[kind] = [start, end];
    start = end;
  }
  const order = entries.map((e) => e.i);
  // The version covers the index too: a new way of searching the same data reorders results,
  // which must invalidate cursors just as a data change does.
  const keys = lines.join(LINE_SEPARATOR);
  const version = hash64(JSON.stringify([SEARCH_INDEX_FORMAT, contacts, order, keys]));
  return { format: SEARCH_INDEX_FORMAT, version, order, keys, kinds, tags };
}

export { SEARCH_INDEX_FORMAT, type SearchIndex };
