/**
 * @module The vCard a QR code carries: the 3.0 card of the download (what every phone's camera
 * imports, iOS and Android alike), less what only makes it long. A QR code's modules grow
 * with its bytes (ISO/IEC 18004 Table 7), and a dense code is hard to scan off a screen, so
 * the card leaves out what a phone does not need to save the contact:
 * - PRODID, UID and REV: bookkeeping for synchronisation, which a scan never does;
 * - LABEL: the same address again as display text (the ADR lines hold every component);
 * - the address labels (X-ABLabel/X-ABADR of ADR groups): Apple's display hints.
 * Names, phones with their labels and types, the chat link and both addresses stay: nothing a
 * person reads is lost. Pure.
 */
import type { Contact } from "../model/contact";
import { contactPaths } from "../model/urls";
import { vCardProperties } from "./vcard";
import type { VCardProperty } from "./vcard/property";
import { writeVCard } from "./vcard/write";
import { encodeQr, MAX_SCANNABLE_VERSION, type QrMatrix } from "./qr";

/** Properties that only synchronisation or display hints use. */
const LEFT_OUT = new Set(["PRODID", "UID", "REV", "LABEL"]);

/** The groups (`item4`) that hold an address: their labels go with the LABEL lines. */
function addressGroups(properties: readonly VCardProperty[]): Set<string> {
  const groups = new Set<string>();
  for (const p of properties) if (p.name === "ADR" && p.group) groups.add(p.group);
  return groups;
}

/** The compact vCard 3.0 of `contact` for a QR code. */
export function toQrVCard(contact: Contact): string {
  const properties = vCardProperties(contact, "3.0");
  const adrGroups = addressGroups(properties);
  const kept = properties
    .filter((p) => !LEFT_OUT.has(p.name))
    .filter((p) => !(p.group && adrGroups.has(p.group) && p.name !== "ADR"))
    // An ADR alone in its group needs no group.
    .map((p): VCardProperty => (p.name === "ADR" && p.group ? { name: p.name, params: p.params, value: p.value } : p));
  return writeVCard(kept, "3.0");
}

/** What a contact's QR code can hold: the card itself, or the URL that downloads it. */
export const QR_CONTENTS = ["vcard", "url"] as const;
export type QrContent = (typeof QR_CONTENTS)[number];

/** The text of `contact`'s QR code; `origin` makes the download URL absolute. */
export function qrText(contact: Contact, content: QrContent, origin: string): string {
  return content === "vcard" ? toQrVCard(contact) : `${origin}${contactPaths(contact.id).vcard}`;
}

/** A contact's QR code and what it holds. */
export interface ContactQrCode {
  readonly matrix: QrMatrix;
  readonly content: QrContent;
}

/**
 * The QR code of `contact` holding `content`. A card too long for a code a phone scans (past
 * version 25) gives way to its download URL, which always fits: a code that holds less but
 * scans beats one that holds all and does not. Computed once per contact, content and origin.
 */
export function contactQrCode(contact: Contact, content: QrContent, origin: string): ContactQrCode {
  // Encoding a 100-module code takes some 10 ms of CPU: once per contact, content and origin
  // (a card too long gives way to a URL, which depends on it), kept while the contact lives.
  const key = `${content} ${origin}`;
  let codes = cache.get(contact);
  if (!codes) cache.set(contact, (codes = new Map()));
  let code = codes.get(key);
  if (!code) {
    code = encodeContactQrCode(contact, content, origin);
    // A few origins at most (the service's hosts); never let a stream of Host headers grow it.
    if (codes.size >= MAX_CACHED_ORIGINS) codes.clear();
    codes.set(key, code);
  }
  return code;
}

const cache = new WeakMap<Contact, Map<string, ContactQrCode>>();
const MAX_CACHED_ORIGINS = 8;

function encodeContactQrCode(contact: Contact, content: QrContent, origin: string): ContactQrCode {
  if (content === "vcard") {
    const matrix = encodeQr(qrText(contact, "vcard", origin), MAX_SCANNABLE_VERSION);
    if (matrix) return { matrix, content };
  }
  const matrix = encodeQr(qrText(contact, "url", origin));
  // An id is at most 64 URL-safe characters: only an origin of kilobytes could overflow.
  if (!matrix) throw new RangeError("contactQrCode: the download URL does not fit a QR code");
  return { matrix, content: "url" };
}
