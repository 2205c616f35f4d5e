/**
 * @module The store built into the worker: the contacts `npm run build:data` validated and
 * bundled from the data folder at build time.
 */
import { contacts } from "../generated/bundle";
import { createMemoryStore, type ContactStore } from "./contact-store";

/** The bundled directory, loaded once per isolate. */
export const bundledStore: ContactStore = createMemoryStore(contacts);
