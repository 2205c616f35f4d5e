/**
 * @module Proactive content negotiation on `Accept` (RFC 9110 §12.5.1): media ranges with
 * their parameters and q-values, the most specific range deciding each offer's quality, the
 * server's order breaking ties. Pure.
 */

/** A media range of an Accept header. */
export interface MediaRange {
  readonly type: string;
  readonly subtype: string;
  /** Parameters other than q, names in lower case. */
  readonly params: Readonly<Record<string, string>>;
  /** RFC 9110 §12.4.2: 0 to 1, at most three decimals. */
  readonly q: number;
}

/** A representation the server can send. */
export interface Offer<T> {
  /** `type/subtype`, lower case. */
  readonly mediaType: string;
  /** Media type parameters a range may ask for (`version`); charset is always UTF-8. */
  readonly params?: Readonly<Record<string, string>>;
  readonly value: T;
}

// RFC 9110 §5.6.2 token; §5.6.6 parameters (a value a token or a quoted string).
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const RANGE = new RegExp(`^(${TOKEN})/(${TOKEN})$`);
const PARAM = new RegExp(`^(${TOKEN})=(${TOKEN}|"(?:[^"\\\\]|\\\\.)*")$`);
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** Splits on commas outside quoted strings. */
function splitOutsideQuotes(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (quoted && ch === "\\") {
      current += ch + (value[++i] ?? "");
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === separator && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** The ranges of an Accept value; malformed elements are left out (and so accept nothing). */
export function parseAccept(value: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const element of splitOutsideQuotes(value, ",")) {
    const [range, ...rawParams] = splitOutsideQuotes(element, ";").map((p) => p.trim());
    if (!range) continue;
    const match = RANGE.exec(range);
    if (!match || (match[1] === "*" && match[2] !== "*")) continue;
    const params: Record<string, string> = {};
    let q = 1;
    let valid = true;
    for (const raw of rawParams) {
      const param = PARAM.exec(raw.replace(/\s*=\s*/, "="));
      if (!param) {
        valid = false;
        break;
      }
      const name = param[1]!.toLowerCase();
      const v = param[2]!.startsWith('"') ? param[2]!.slice(1, -1).replace(/\\(.)/g, "$1") : param[2]!;
      if (name === "q") {
        if (!QVALUE.test(v)) valid = false;
        q = Number(v);
        break; // RFC 9110 §12.5.1: what follows q is an accept extension, not a media type parameter.
      }
      params[name] = v;
    }
    if (valid) ranges.push({ type: match[1]!.toLowerCase(), subtype: match[2]!.toLowerCase(), params, q });
  }
  return ranges;
}

/** How specific a range is: parameters > type/subtype > type/* > *\/*. */
const specificity = (r: MediaRange) =>
  (r.type === "*" ? 0 : r.subtype === "*" ? 1 : 2) + Object.keys(r.params).length * 3;

function rangeMatches(range: MediaRange, offer: Offer<unknown>): boolean {
  const [type, subtype] = offer.mediaType.split("/");
  if (range.type !== "*" && range.type !== type) return false;
  if (range.subtype !== "*" && range.subtype !== subtype) return false;
  return Object.entries(range.params).every(([name, value]) =>
    // Every representation here is UTF-8.
    name === "charset"
      ? value.toLowerCase() === "utf-8"
      : offer.params?.[name] !== undefined && offer.params[name]!.toLowerCase() === value.toLowerCase(),
  );
}

/** The quality of `offer` under `ranges`: the q of the most specific range that matches it. */
export function quality(ranges: readonly MediaRange[], offer: Offer<unknown>): number {
  let best: MediaRange | undefined;
  for (const range of ranges)
    if (rangeMatches(range, offer) && (!best || specificity(range) > specificity(best))) best = range;
  return best?.q ?? 0;
}

/**
 * The offer to send for `accept`: the best quality above 0, the first offered on a tie; the
 * first offer when there is no Accept (or nothing in it parses: RFC 9110 §12.5.1 lets a
 * server disregard the field); undefined when nothing is acceptable (406).
 */
export function negotiate<T>(accept: string | undefined, offers: readonly Offer<T>[]): T | undefined {
  const ranges = accept === undefined ? [] : parseAccept(accept);
  if (ranges.length === 0) return offers[0]?.value;
  let chosen: Offer<T> | undefined;
  let chosenQ = 0;
  for (const offer of offers) {
    const q = quality(ranges, offer);
    if (q > chosenQ) [chosen, chosenQ] = [offer, q];
  }
  return chosen?.value;
}
