/**
 * @module A contact's summary: what a directory listing shows of each contact (id, kind, names
 * in both languages, tags) and the links to everything else about it. Pure.
 */
import type { Contact, ContactKind, Localized } from "../model/contact";
import { contactPaths, type ContactPaths } from "../model/urls";

/** One item of `GET /v1/contacts`. */
export interface ContactSummary {
  readonly id: string;
  readonly kind: ContactKind;
  readonly name: Localized;
  /** Pinyin of the Chinese name, without tones, for sorting and reading aloud. */
  readonly phonetic?: string;
  readonly tags: readonly string[];
  /** Absolute URLs of the contact's representations. */
  readonly links: ContactPaths;
}

/** The summary of `contact`, its links under `origin` (`https://example.org`, no trailing slash). */
export function toSummary(contact: Contact, origin: string): ContactSummary {
  const paths = contactPaths(contact.id);
  // Paths are URL-safe by construction (ids match ID_PATTERN): joining needs no URL parser.
  const links: ContactPaths = {
    page: origin + paths.page,
    api: origin + paths.api,
    vcard: origin + paths.vcard,
    qr: origin + paths.qr,
  };
  return {
    id: contact.id,
    kind: contact.kind,
    name: contact.name,
    ...(contact.phonetic.name ? { phonetic: contact.phonetic.name } : {}),
    tags: contact.tags,
    links,
  };
}
