/**
 * @module An address's display lines in each language's own order: English from the room up
 * to the country, Chinese from the country down to the room (GB/T 2260 order). Pure.
 */
import type { AddressParts } from "./contact";

const join = (parts: readonly (string | undefined)[], separator: string) =>
  parts.filter((p): p is string => Boolean(p)).join(separator);

/** English lines: "Room A409, Jucai Building", "No. 76 Caoyuan Hutong", …, "PR China". */
export function englishLines(parts: AddressParts, postcode?: string): string[] {
  return [
    join([parts.room, parts.floor, parts.building], ", "),
    join([parts.streetNumber, parts.street], " "),
    parts.district ?? "",
    join([join([parts.locality, parts.region], ", "), postcode], " "),
    parts.country,
  ].filter(Boolean);
}

/** Chinese lines: the address written as one run from the country down, then the postcode. */
export function chineseLines(parts: AddressParts, postcode?: string): string[] {
  const run = join(
    [
      parts.country,
      parts.region,
      parts.locality,
      parts.district,
      parts.street,
      parts.streetNumber,
      parts.building,
      parts.floor,
      parts.room,
    ],
    "",
  );
  return [run, postcode ? `邮编 ${postcode}` : ""].filter(Boolean);
}
