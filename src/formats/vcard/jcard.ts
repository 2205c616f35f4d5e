/**
 * @module jCard (RFC 7095): the JSON form of the 4.0 card, read from the same property list as
 * the 4.0 text, so the two never disagree. Pure.
 *
 * RFC 7095 §3: `["vcard", [property, …]]`; each property `[name, params, type, value…]`,
 * names of properties and parameters in lower case; the group as a "group" parameter
 * (§3.3.1.2); a compound value as an array of its components, or as plain text when it has
 * only one, as §3.3.1.3 recommends (an ORG of one name); a parameter's
 * several values as an array (§3.4.2); no VALUE parameter, the type says it (§3.4.1); values
 * unescaped (§3.5). Our X- properties hold text, so they say "text": RFC 7095 §5 keeps
 * "unknown" for a value whose type the converter does not know.
 */
import type { VCardProperty, VCardValue } from "./property";

/** A jCard property: name, parameters, value type, then the value(s). */
export type JCardProperty = [
  name: string,
  params: Record<string, string | string[]>,
  type: string,
  ...values: unknown[],
];
/** A jCard: `["vcard", properties]`. */
export type JCard = ["vcard", JCardProperty[]];

/** RFC 7095 §3.5 value type and the values of one property. */
function typeAndValues(value: VCardValue): [string, ...unknown[]] {
  switch (value.type) {
    case "text":
      return ["text", value.value];
    case "text-list":
      return ["text", ...value.value];
    case "structured":
      return ["text", value.value.length === 1 ? value.value[0] : [...value.value]];
    case "uri":
      return ["uri", value.value];
    case "phone-number":
      return ["text", value.value];
    case "timestamp":
      // RFC 7095 §3.5: dates and times in ISO 8601's extended format (2026-11-28T00:00:00Z).
      return ["timestamp", value.value];
  }
}

/** One property in jCard. */
export function jCardProperty(p: VCardProperty): JCardProperty {
  const params: Record<string, string | string[]> = {};
  if (p.group) params.group = p.group;
  for (const { name, values } of p.params) {
    if (name === "VALUE") continue;
    params[name.toLowerCase()] = values.length === 1 ? values[0]! : [...values];
  }
  return [p.name.toLowerCase(), params, ...typeAndValues(p.value)];
}

/** The 4.0 property list as a jCard, VERSION first as in the text form. */
export function writeJCard(properties: readonly VCardProperty[]): JCard {
  return ["vcard", [["version", {}, "text", "4.0"], ...properties.map(jCardProperty)]];
}
