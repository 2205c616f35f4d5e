/**
 * @module The postal address as an h-adr microformat (microformats.org/wiki/h-adr), in each
 * language's own order: English from the room up (lines), Chinese as one run from the
 * country down, as `src/model/address-lines.ts` writes them; here each component is wrapped
 * in its h-adr class, and a test checks that the text stays exactly those lines. Pure.
 */
import type { Address, AddressParts } from "../../model/contact";

/** A piece of a line: text, and its h-adr class when it is one component. */
type Segment = readonly [text: string, className?: string];
type Line = readonly Segment[];

const some = (segments: readonly (Segment | false | undefined | "")[]): Segment[] =>
  segments.filter((s): s is Segment => Boolean(s) && Boolean((s as Segment)[0]));

/** Joins the present segments with `separator` (a plain segment between them). */
function joined(separator: string, segments: readonly (Segment | false | undefined | "")[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of some(segments)) {
    if (out.length > 0) out.push([separator]);
    out.push(segment);
  }
  return out;
}

/** The English lines (as `englishLines`), with their components marked. */
export function englishAddressLines(parts: AddressParts, postcode?: string): Line[] {
  const extended = [parts.room, parts.floor, parts.building].filter(Boolean).join(", ");
  const street = [parts.streetNumber, parts.street].filter(Boolean).join(" ");
  const town = joined(", ", [
    parts.locality && [parts.locality, "p-locality"],
    parts.region && [parts.region, "p-region"],
  ]);
  return [
    some([extended && [extended, "p-extended-address"]]),
    some([street && [street, "p-street-address"]]),
    some([parts.district && [parts.district]]),
    [
      ...town,
      ...(town.length > 0 && postcode ? ([[" "]] as Segment[]) : []),
      ...some([postcode && [postcode, "p-postal-code"]]),
    ],
    some([[parts.country, "p-country-name"]]),
  ].filter((line) => line.length > 0);
}

/** The Chinese lines (as `chineseLines`): one run from the country down, then the postcode. */
export function chineseAddressLines(parts: AddressParts, postcode?: string): Line[] {
  const extended = [parts.building, parts.floor, parts.room].filter(Boolean).join("");
  const street = [parts.street, parts.streetNumber].filter(Boolean).join("");
  const run = some([
    [parts.country, "p-country-name"],
    parts.region && [parts.region, "p-region"],
    parts.locality && [parts.locality, "p-locality"],
    parts.district && [parts.district],
    street && [street, "p-street-address"],
    extended && [extended, "p-extended-address"],
  ]);
  return [run, ...(postcode ? [[["邮编 "], [postcode, "p-postal-code"]] as Line] : [])];
}

/** Props of {@link PostalAddress}. */
export interface PostalAddressProps {
  readonly address: Address;
  readonly lang: "en" | "zh-Hans";
}

/** One language's address as an h-adr block, or nothing when that language has none. */
export function PostalAddress({ address, lang }: PostalAddressProps) {
  const parts = address.parts[lang];
  if (!parts) return null;
  const lines =
    lang === "en" ? englishAddressLines(parts, address.postcode) : chineseAddressLines(parts, address.postcode);
  return (
    <p class="adr p-adr h-adr" lang={lang}>
      {lines.map((line, i) => (
        <>
          {i > 0 ? <br /> : null}
          {line.map(([text, className]) => (className ? <span class={className}>{text}</span> : text))}
        </>
      ))}
    </p>
  );
}
