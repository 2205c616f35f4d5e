/**
 * @module A postal address as a JSContact Address (RFC 9553 §2.5.1): its components in the
 * language's own reading order, with the separators between them, so that joining the
 * components gives the display lines the other representations show (`full`). Pure.
 *
 * RFC 9553 §2.5.1.1: ordered components (`isOrdered: true`) are joined with `defaultSeparator`
 * unless a component of kind "separator" stands between two of them; never two separators in
 * a row (§2.5.1.2). English reads from the room up, one line per level ("Room A409, Jucai
 * Building" / "No. 76 Caoyuan Hutong" / …), its default separator ", "; Chinese reads from
 * the country down in one run without spaces, its default separator "", the postcode on a
 * line of its own after 邮编 ("postcode"): the layout of src/model/address-lines.ts, which also
 * writes the display lines.
 */
import { addressLayout, presentItems, type LayoutKind } from "../model/address-lines";
import type { Address, AddressParts, Language } from "../model/contact";
import type { JSContactAddress } from "./jscontact-schema";

type Kind =
  "room" | "floor" | "building" | "number" | "name" | "district" | "locality" | "region" | "postcode" | "country";
type Component = { kind: Kind | "separator"; value: string };

// RFC 9553 §2.5.1.1's names for the model's components.
const KINDS: Readonly<Record<LayoutKind, Kind>> = {
  room: "room",
  floor: "floor",
  building: "building",
  streetNumber: "number",
  street: "name",
  district: "district",
  locality: "locality",
  region: "region",
  postcode: "postcode",
  country: "country",
};

/** The default separator of each language's components. */
export const DEFAULT_SEPARATORS: Readonly<Record<Language, string>> = { en: ", ", "zh-Hans": "" };

/** The ordered components of `parts`, with separators where the default would be wrong. */
export function addressComponents(parts: AddressParts, language: Language, postcode?: string): Component[] {
  const defaultSeparator = DEFAULT_SEPARATORS[language];
  const out: Component[] = [];
  let first = true;
  for (const line of addressLayout(parts, language, postcode)) {
    presentItems(line).forEach((current, index) => {
      // RFC 9553 §2.5.1.2: a separator stands between two components, never first.
      const separator = index === 0 ? "\n" + line.prefix : current.joiner;
      if (!first && separator !== defaultSeparator) out.push({ kind: "separator", value: separator });
      out.push({ kind: KINDS[current.kind], value: current.value });
      first = false;
    });
  }
  return out;
}

/** RFC 9553 §2.5.1.1: the text of ordered components, as a reader joins them. */
export function joinComponents(
  components: readonly { kind: string; value: string }[],
  defaultSeparator: string,
): string {
  let out = "";
  components.forEach((c, i) => {
    if (c.kind === "separator") out += c.value;
    else out += (i > 0 && components[i - 1]!.kind !== "separator" ? defaultSeparator : "") + c.value;
  });
  return out;
}

/** The address in `language` as a JSContact Address (a work address, as on the vCard). */
export function toJSContactAddress(address: Address, language: Language): JSContactAddress {
  const parts = (language === "zh-Hans" ? address.parts["zh-Hans"] : undefined) ?? address.parts.en;
  const lines = (language === "zh-Hans" ? address.lines["zh-Hans"] : undefined) ?? address.lines.en;
  return {
    components: addressComponents(parts, language, address.postcode),
    isOrdered: true,
    defaultSeparator: DEFAULT_SEPARATORS[language],
    full: lines.join("\n"),
    countryCode: address.country,
    contexts: { work: true },
  };
}
