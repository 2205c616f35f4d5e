/**
 * @module The property list of a contact's card in one version: the single mapping from the
 * normalised `Contact` to vCard, which the text writer and jCard both read. Pure.
 *
 * Left out on purpose: `tags` (the directory's filter words, not contact details: clients
 * such as Nextcloud turn CATEGORIES into address-book groups), `hours` (vCard has no property
 * for opening hours; the page and the JSON carry them) and `primary` (this service's choice).
 */
import type { Contact } from "../../model/contact";
import { addAddress } from "./address";
import { createCardBuilder } from "./card-builder";
import { addNames } from "./names";
import { addImages, addNote, addOnline } from "./online";
import { addKind, addOrganisation } from "./organisation";
import { addPhones } from "./phones";
import { param, property, text, uri, type VCardProperty, type VCardVersion } from "./property";
import { contactUid } from "./uid";

/** Who wrote the card (RFC 6350 §6.7.3, RFC 2426 §3.6.3): an ISO 9070 public identifier. */
export const PRODID = "-//contact-card//NONSGML vCard writer//EN";

// Outlook and Apple's apps read a 3.0 value as Windows-1252 unless its property says
// CHARSET=UTF-8 (FolkerKinzel/VCards#13, jeroendesloovere/vcard#48 and #53,
// sabre-io/vobject#613, mangstadt/ez-vcard#106, openradar 15422810). 4.0 is UTF-8 by definition and has no CHARSET (RFC 6350 §3.1).
const NON_ASCII = /[^\u0000-\u007f]/;

/** Whether a 3.0 property's value holds a character outside ASCII. */
function needsCharset(p: VCardProperty): boolean {
  const { value } = p.value;
  return typeof value === "string" ? NON_ASCII.test(value) : value.some((v) => NON_ASCII.test(v));
}

/** The properties of `contact`'s card in `version`, in the order they are written. */
export function vCardProperties(contact: Contact, version: VCardVersion): readonly VCardProperty[] {
  const card = createCardBuilder(version);
  card.add(
    property("PRODID", text(PRODID)),
    // RFC 6350 §6.7.6: UID's value is a URI; 3.0's is text (RFC 2426 §3.6.7), the same string.
    property("UID", version === "4.0" ? uri(contactUid(contact.id)) : text(contactUid(contact.id))),
    // The day the details were last checked, as the instant it began in UTC.
    property("REV", { type: "timestamp", value: `${contact.updated}T00:00:00Z` }),
  );
  addKind(card, contact);
  addNames(card, contact);
  addOrganisation(card, contact);
  addPhones(card, contact.phones);
  addOnline(card, contact);
  if (contact.address) addAddress(card, contact.address);
  addNote(card, contact);
  addImages(card, contact);
  if (version === "4.0") return card.properties;
  return card.properties.map((p) =>
    needsCharset(p) ? { ...p, params: [...p.params, ...param("CHARSET", "UTF-8")] } : p,
  );
}
