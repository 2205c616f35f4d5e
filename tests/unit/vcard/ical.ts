/**
 * ical.js (kewisch/ical.js) as the independent reader of our cards, told the few things its
 * design tables do not know or get wrong, each with the rule it follows. It parses to jCard,
 * so its reading of a card compares directly with our own jCard.
 */
import ICAL from "ical.js";
import type { JCard, JCardProperty } from "../../../src/formats/vcard";
import type { VCardVersion } from "../../../src/formats/vcard/property";

type DesignSet = { property: Record<string, unknown> };
const design = ICAL.design as unknown as Record<"vcard" | "vcard3", DesignSet>;

// Apple's extensions hold text; unknown to ical.js, they would come back still escaped.
for (const set of [design.vcard, design.vcard3]) {
  for (const name of [
    "x-ablabel",
    "x-abadr",
    "x-abshowas",
    "x-phonetic-org",
    "x-phonetic-first-name",
    "x-phonetic-last-name",
  ]) {
    set.property[name] = { defaultType: "text" };
  }
}
// RFC 6350 §6.7.3: PRODID is text; §6.7.6: UID is a URI (ical.js has text for both versions).
design.vcard.property.prodid = { defaultType: "text" };
design.vcard.property.uid = { defaultType: "uri" };

const STRUCTURED = new Set(["n", "adr", "org"]);

/**
 * ical.js's reading of `card` (one vCard), as RFC 7095 writes it: `["vcard", properties]`
 * (ical.js adds jCal's third element, an empty list of sub-components). In 3.0 it leaves `\;`
 * escaped in unstructured text (kewisch/ical.js#173: it applies 4.0's rule, where ";" needs
 * no escape, to 3.0 too), though RFC 2426 §4 escapes every ";" of a text value; that one step
 * is undone here.
 */
export function readWithIcal(card: string, version: VCardVersion): JCard {
  const [, properties] = ICAL.parse(card) as unknown as JCard;
  const parsed: JCard = ["vcard", properties];
  if (version === "4.0") return parsed;
  const props = parsed[1].map((p): JCardProperty => {
    const [name, params, type, ...values] = p;
    if (STRUCTURED.has(name) || type === "uri" || type === "phone-number") return p;
    return [name, params, type, ...values.map((v) => (typeof v === "string" ? v.replace(/\\;/g, ";") : v))];
  });
  return ["vcard", props];
}

/** jCard back to vCard text by ical.js (RFC 7095 §4). */
export const stringifyWithIcal = (jcard: JCard): string =>
  ICAL.stringify(jcard as unknown as Parameters<typeof ICAL.stringify>[0]);
