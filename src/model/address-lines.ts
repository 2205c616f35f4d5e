/**
 * @module An address's display lines in each language's own order: English from the room up
 * to the country, Chinese from the country down to the room (GB/T 2260 order). The layout is
 * written once, as data ({@link addressLayout}); the lines as text and the JSContact components
 * (src/formats/jscontact-address.ts) are both read from it, so they cannot disagree. Pure.
 */
import type { AddressParts, Language } from "./contact";

/** What an item of a line holds: a component of the address, or its postcode. */
export type LayoutKind = keyof AddressParts | "postcode";

/** One item of a line: a component and the text joining it to the previous item of its line. */
export interface LayoutItem {
  readonly kind: LayoutKind;
  readonly value: string | undefined;
  readonly joiner: string;
}

/** A display line: its items, and text written before its first item (`邮编 `). */
export interface LayoutLine {
  readonly items: readonly LayoutItem[];
  readonly prefix: string;
}

const CHINESE_RUN: readonly (keyof AddressParts)[] = [
  "country",
  "region",
  "locality",
  "district",
  "street",
  "streetNumber",
  "building",
  "floor",
  "room",
];

/** The lines of `parts` in `language`, every item in place whether it has a value or not. */
export function addressLayout(parts: AddressParts, language: Language, postcode?: string): LayoutLine[] {
  const item = (kind: LayoutKind, joiner: string): LayoutItem => ({
    kind,
    value: kind === "postcode" ? postcode : parts[kind],
    joiner,
  });
  if (language === "zh-Hans") {
    // One run without spaces from the country down, then the postcode on its own line.
    return [
      { items: CHINESE_RUN.map((kind) => item(kind, "")), prefix: "" },
      { items: [item("postcode", "")], prefix: "邮编 " },
    ];
  }
  return [
    { items: [item("room", ""), item("floor", ", "), item("building", ", ")], prefix: "" },
    { items: [item("streetNumber", ""), item("street", " ")], prefix: "" },
    { items: [item("district", "")], prefix: "" },
    { items: [item("locality", ""), item("region", ", "), item("postcode", " ")], prefix: "" },
    { items: [item("country", "")], prefix: "" },
  ];
}

/** The items of `line` that have a value. */
export const presentItems = (line: LayoutLine): (LayoutItem & { value: string })[] =>
  line.items.filter((i): i is LayoutItem & { value: string } => Boolean(i.value));

/** A line as text: its present items, each after its joiner (the first after the prefix); "" when none. */
function lineText(line: LayoutLine): string {
  const present = presentItems(line);
  return present.length === 0 ? "" : line.prefix + present.map((i, n) => (n === 0 ? "" : i.joiner) + i.value).join("");
}

const linesOf = (parts: AddressParts, language: Language, postcode?: string) =>
  addressLayout(parts, language, postcode).map(lineText).filter(Boolean);

/** English lines: "Room A409, Jucai Building", "No. 76 Caoyuan Hutong", …, "PR China". */
export const englishLines = (parts: AddressParts, postcode?: string): string[] => linesOf(parts, "en", postcode);

/** Chinese lines: the address written as one run from the country down, then the postcode. */
export const chineseLines = (parts: AddressParts, postcode?: string): string[] => linesOf(parts, "zh-Hans", postcode);
