/**
 * @module The contact card in public: `toVCard`, `toVCards`, `streamVCards` and `toJCard`.
 * Each card is computed once per contact object and version and kept while the contact lives
 * (a WeakMap: the bundled contacts live as long as the isolate, so a card costs one build per
 * isolate, not one per request). Pure apart from that cache.
 */
import type { Contact } from "../../model/contact";
import { writeJCard, type JCard } from "./jcard";
import { vCardProperties } from "./properties";
import { DEFAULT_VCARD_VERSION, type VCardVersion } from "./property";
import { writeVCard } from "./write";

/** Which vCard to write. */
export interface VCardOptions {
  /** "3.0" (RFC 2426, the default: every client imports it) or "4.0" (RFC 6350). */
  readonly version?: VCardVersion;
}

interface Cached {
  "3.0"?: string;
  "4.0"?: string;
  jcard?: JCard;
}
const cache = new WeakMap<Contact, Cached>();
const cachedFor = (contact: Contact): Cached => {
  let entry = cache.get(contact);
  if (!entry) cache.set(contact, (entry = {}));
  return entry;
};

/** The contact's card as vCard text: CRLF lines, folded at 75 octets, UTF-8, no BOM. */
export function toVCard(contact: Contact, options: VCardOptions = {}): string {
  const version = options.version ?? DEFAULT_VCARD_VERSION;
  const entry = cachedFor(contact);
  return (entry[version] ??= writeVCard(vCardProperties(contact, version), version));
}

/** Several cards in one vCard file (RFC 6350 §3.3: a stream of cards, one after another). */
export function toVCards(contacts: Iterable<Contact>, options: VCardOptions = {}): string {
  let out = "";
  for (const contact of contacts) out += toVCard(contact, options);
  return out;
}

/** The cards of `contacts` one at a time, for a response streamed as the contacts arrive. */
export async function* streamVCards(
  contacts: AsyncIterable<Contact> | Iterable<Contact>,
  options: VCardOptions = {},
): AsyncGenerator<string> {
  for await (const contact of contacts) yield toVCard(contact, options);
}

/** Freezes a jCard deeply: the cached one is shared by every caller. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The contact's card as jCard (RFC 7095), from the same property list as the 4.0 text. */
export function toJCard(contact: Contact): JCard {
  const entry = cachedFor(contact);
  return (entry.jcard ??= deepFreeze(writeJCard(vCardProperties(contact, "4.0"))));
}
