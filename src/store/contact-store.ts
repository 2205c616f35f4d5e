/**
 * @module Where contacts are kept, behind one interface: today a bundle built from `data/` at
 * deploy time; a Workers KV or D1 store would be one more module implementing it.
 */
import type { Contact } from "../model/contact";

/** Read access to the directory; async so that a networked store fits the same shape. */
export interface ContactStore {
  /** The contact with this id, or undefined. */
  get(id: string): Promise<Contact | undefined>;
  /** The one contact marked primary: what / and /contact.vcf show. */
  primary(): Promise<Contact>;
  /** Every contact, sorted by id. */
  all(): Promise<readonly Contact[]>;
}

/** A store over contacts already validated and sorted by id (the bundle, or tests). */
export function createMemoryStore(contacts: readonly Contact[]): ContactStore {
  const byId = new Map(contacts.map((c) => [c.id as string, c]));
  const primary = contacts.find((c) => c.primary) ?? contacts[0];
  return {
    get: async (id) => byId.get(id),
    primary: async () => {
      if (!primary) throw new Error("the directory is empty");
      return primary;
    },
    all: async () => contacts,
  };
}
