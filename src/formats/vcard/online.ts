/**
 * @module Email addresses, websites, photo and logo, and the note. Pure.
 *
 * - EMAIL with its context; 3.0 adds INTERNET, as RFC 2426 §3.3.2 and Apple's exports do.
 * - PHOTO and LOGO by URL: 4.0's default value type is a URI (RFC 6350 §6.2.4, §6.6.3);
 *   3.0's is inline binary, so the URL needs VALUE=uri (RFC 2426 §3.1.4).
 * - NOTE in each language: 4.0 alternatives; 3.0 one NOTE per language (NOTE may repeat).
 */
import type { Contact } from "../../model/contact";
import { labelled, localized, type CardBuilder } from "./card-builder";
import { param, property, text, uri } from "./property";

/** EMAIL and URL properties, labelled where the data labels them. */
export function addOnline(card: CardBuilder, contact: Contact): void {
  const v3 = card.version === "3.0";
  for (const email of contact.emails) {
    const context = email.context === "private" ? "home" : "work";
    const types = v3 ? ["INTERNET", context.toUpperCase()] : [context];
    card.add(...labelled(card, [property("EMAIL", text(email.address), [param("TYPE", ...types)])], email.label));
  }
  for (const site of contact.websites) card.add(...labelled(card, [property("URL", uri(site.url))], site.label));
}

/** PHOTO and LOGO by reference. */
export function addImages(card: CardBuilder, contact: Contact): void {
  const valueParam = card.version === "3.0" ? param("VALUE", "uri") : [];
  if (contact.photo) card.add(property("PHOTO", uri(contact.photo), [valueParam]));
  if (contact.logo) card.add(property("LOGO", uri(contact.logo), [valueParam]));
}

/** NOTE in each language. */
export function addNote(card: CardBuilder, contact: Contact): void {
  if (contact.note) card.add(...localized(card, "NOTE", contact.note, { zhIn30: true }));
}
