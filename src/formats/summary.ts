/**
 * @module A contact's summary: what a directory listing shows of each contact (id, kind, names
 * in both languages and pinyin, tags) and the links to everything else about it. Its fields
 * are those of the friendly JSON (`GET /v1/contacts/{id}`), picked from the same schema, so a
 * client reads a summary and a contact alike. Pure.
 */
import * as z from "zod/mini";
import type { Contact } from "../model/contact";
import { contactLinks } from "./json";
import { ContactJsonSchema } from "./json-schema";

/** One item of `GET /v1/contacts`: the friendly JSON's id, kind, name, pinyin, tags and links. */
export const ContactSummarySchema = z.pick(ContactJsonSchema, {
  id: true,
  kind: true,
  name: true,
  pinyin: true,
  tags: true,
  links: true,
});

/** One item of `GET /v1/contacts`. */
export type ContactSummary = z.infer<typeof ContactSummarySchema>;

/** A page of `GET /v1/contacts`. */
export const DirectoryPageSchema = z.strictObject({
  items: z.array(ContactSummarySchema),
  next: z.optional(
    z
      .string()
      .check(
        z.regex(/^[A-Za-z0-9_-]+$/),
        z.describe(
          "The cursor of the next page: send it back as ?cursor= with the same q, kind and tag. Absent on the last page.",
        ),
      ),
  ),
});

/** A page of `GET /v1/contacts`. */
export type DirectoryPageJson = z.infer<typeof DirectoryPageSchema>;

/** The summary of `contact`, its links under `origin` (`https://example.org`, no trailing slash). */
export function toSummary(contact: Contact, origin: string): ContactSummary {
  const name =
    contact.name["zh-Hans"] === undefined
      ? { en: contact.name.en }
      : { en: contact.name.en, "zh-Hans": contact.name["zh-Hans"] };
  return {
    id: contact.id,
    kind: contact.kind,
    name,
    pinyin: { ...contact.phonetic },
    tags: [...contact.tags],
    links: contactLinks(contact, origin),
  };
}
