/**
 * @module The store built into the worker: the contacts `npm run build:data` validated and
 * bundled from the data folder at build time, with the search index built at the same time.
 */
import { contacts, searchIndex } from "../generated/bundle";
import type { ContactStore } from "./contact-store";
import { createIndexedStore } from "./indexed-store";

/** The bundled directory and its prebuilt search index, loaded once per isolate. */
export const bundledStore: ContactStore = createIndexedStore(contacts, searchIndex);
