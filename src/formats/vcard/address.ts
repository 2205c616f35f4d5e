/**
 * @module The address: one ADR per language, each with its components in that language's own
 * order and its formatted label. Pure.
 *
 * Components (RFC 6350 §6.3.1 and RFC 9554 §2.2): post office box; extended address; street
 * address; locality; region; postal code; country; then, 4.0 only, RFC 9554's room, apartment,
 * floor, street number, street name, building, block, subdistrict, district, landmark and
 * direction. Readers of RFC 6350 alone see only the first seven, so the extended and street
 * address still carry the room, floor and building, and the street number, street and
 * district, joined in the language's order.
 *
 * - 4.0: the two ADRs are alternatives (ALTID, LANGUAGE), with the display lines as LABEL
 *   (RFC 6350 §6.3.1) and the ISO 3166 country code as RFC 9554's CC parameter.
 * - 3.0: two ADRs are shown as two work addresses, so each has its own group with an
 *   X-ABLabel naming its language, a LABEL property with its formatted lines (RFC 2426
 *   §3.2.2), and LANGUAGE; the Chinese one has `X-ABADR:cn`, the country whose layout Apple's
 *   apps use for it (Address Book writes `item1.X-ABADR:de` beside a German address,
 *   nuovo/vCard-parser#7).
 */
import type { Address, AddressParts, Language } from "../../model/contact";
import { alternatives, type CardBuilder } from "./card-builder";
import { param, property, structured, text } from "./property";

const join = (parts: readonly (string | undefined)[], separator: string) => parts.filter(Boolean).join(separator);

/** The seven RFC 6350 components of `parts` written in `language`. */
export function legacyComponents(parts: AddressParts, language: Language, postcode = ""): string[] {
  // Chinese runs from large to small with no spaces (聚才大厦A座409室, 东城区草园胡同76号);
  // English from small to large (Room A409, Jucai Building; No. 76 Caoyuan Hutong, Dongcheng District).
  const extended =
    language === "zh-Hans"
      ? join([parts.building, parts.floor, parts.room], "")
      : join([parts.room, parts.floor, parts.building], ", ");
  const street =
    language === "zh-Hans"
      ? join([parts.district, parts.street, parts.streetNumber], "")
      : join([join([parts.streetNumber, parts.street], " "), parts.district], ", ");
  return ["", extended, street, parts.locality ?? "", parts.region ?? "", postcode, parts.country];
}

/** All eighteen components for 4.0: RFC 6350's seven, then RFC 9554's eleven. */
export function rfc9554Components(parts: AddressParts, language: Language, postcode = ""): string[] {
  const extra = [
    parts.room,
    "",
    parts.floor,
    parts.streetNumber,
    parts.street,
    parts.building,
    "",
    "",
    parts.district,
    "",
    "",
  ];
  return [...legacyComponents(parts, language, postcode), ...extra.map((c) => c ?? "")];
}

/** Names each 3.0 address by its language, so the two read as versions of one place. */
const LANGUAGE_LABELS: Readonly<Record<Language, string>> = { en: "English", "zh-Hans": "中文" };

/** The ADR properties of `address`. */
export function addAddress(card: CardBuilder, address: Address): void {
  const zhParts = address.parts["zh-Hans"];
  const partsIn = (language: Language) => (language === "zh-Hans" && zhParts ? zhParts : address.parts.en);
  const linesIn = (language: Language) =>
    language === "zh-Hans" && address.lines["zh-Hans"] ? address.lines["zh-Hans"] : address.lines.en;
  const languages: Language[] = zhParts ? ["en", "zh-Hans"] : ["en"];

  if (card.version === "4.0") {
    card.add(
      ...alternatives(card, "ADR", languages, {
        value: (language) => structured(rfc9554Components(partsIn(language), language, address.postcode)),
        params: (language) => [
          ...param("TYPE", "work"),
          ...param("CC", address.country),
          ...param("LABEL", linesIn(language).join("\n")),
        ],
      }),
    );
    return;
  }
  for (const language of languages) {
    const group = card.group();
    const tags = [param("TYPE", "WORK"), param("LANGUAGE", language)];
    card.add(
      property("ADR", structured(legacyComponents(partsIn(language), language, address.postcode)), tags, group),
      property("LABEL", text(linesIn(language).join("\n")), tags, group),
      property("X-ABLabel", text(LANGUAGE_LABELS[language]), [], group),
    );
    if (language === "zh-Hans") card.add(property("X-ABADR", text(address.country.toLowerCase()), [], group));
  }
}
