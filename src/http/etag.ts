/**
 * @module Entity tags (RFC 9110 §8.8.3) and the two comparisons of §8.8.3.2: making a strong
 * tag from a representation's bytes, reading the lists of `If-Match` and `If-None-Match`
 * (§13.1.1, §13.1.2), and deciding whether a precondition holds. Pure, apart from the digest
 * (Web Crypto's, which is asynchronous).
 */

/** An entity tag as sent on the wire: `"…"` or `W/"…"`. */
export type EntityTag = string;

/** A parsed `If-Match` / `If-None-Match` value: `*`, or the tags listed. */
export type EntityTagCondition = { readonly any: true } | { readonly any: false; readonly tags: readonly ParsedTag[] };

/** One entity tag, its weakness apart. */
export interface ParsedTag {
  readonly weak: boolean;
  /** The opaque-tag, quotes included. */
  readonly opaque: string;
}

// RFC 9110 §8.8.3: etagc = %x21 / %x23-7E / obs-text — any visible character but DQUOTE
// (a comma included, so a list cannot be split on commas).
const ETAGC = /^[\x21\x23-\x7e\x80-\xff]$/;

/** Reads one entity tag at `i` of `value`; undefined when it is not one. */
function readTag(value: string, i: number): { tag: ParsedTag; end: number } | undefined {
  let weak = false;
  if (value.startsWith("W/", i)) {
    weak = true;
    i += 2;
  }
  if (value[i] !== '"') return undefined;
  let j = i + 1;
  while (j < value.length && value[j] !== '"') {
    if (!ETAGC.test(value[j]!)) return undefined;
    j++;
  }
  if (j >= value.length) return undefined;
  return { tag: { weak, opaque: value.slice(i, j + 1) }, end: j + 1 };
}

/**
 * Parses `If-Match` / `If-None-Match` (`"*" / #entity-tag`, RFC 9110 §13.1.1, §5.6.1 lists:
 * empty elements and optional whitespace allowed). Undefined when the value is malformed.
 */
export function parseEntityTagCondition(value: string): EntityTagCondition | undefined {
  const trimmed = value.trim();
  if (trimmed === "*") return { any: true };
  const tags: ParsedTag[] = [];
  let i = 0;
  for (;;) {
    while (i < trimmed.length && (trimmed[i] === "," || trimmed[i] === " " || trimmed[i] === "\t")) i++;
    if (i >= trimmed.length) break;
    const read = readTag(trimmed, i);
    if (!read) return undefined;
    tags.push(read.tag);
    i = read.end;
    while (i < trimmed.length && (trimmed[i] === " " || trimmed[i] === "\t")) i++;
    if (i < trimmed.length && trimmed[i] !== ",") return undefined;
  }
  return tags.length > 0 ? { any: false, tags } : undefined;
}

/** Parses one entity tag (an `ETag` value); undefined when malformed. */
export function parseEntityTag(value: string): ParsedTag | undefined {
  const read = readTag(value.trim(), 0);
  return read && read.end === value.trim().length ? read.tag : undefined;
}

/**
 * Whether `current` satisfies a condition. RFC 9110 §8.8.3.2: the weak comparison (used by
 * If-None-Match, §13.1.2) matches the opaque tags whatever their weakness; the strong
 * comparison (used by If-Match, §13.1.1) also needs both tags strong. A malformed condition
 * matches nothing.
 */
export function conditionMatches(condition: string, current: EntityTag, comparison: "weak" | "strong"): boolean {
  const parsed = parseEntityTagCondition(condition);
  const tag = parseEntityTag(current);
  if (!parsed || !tag) return false;
  if (parsed.any) return true;
  return parsed.tags.some((t) => t.opaque === tag.opaque && (comparison === "weak" || (!t.weak && !tag.weak)));
}

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

/**
 * A strong entity tag of `body`: the first 128 bits of its SHA-256, base64url. Strong because
 * it changes with any octet of the representation (RFC 9110 §8.8.3: "a strong validator is
 * one that changes value whenever the representation data changes").
 */
export async function strongEntityTag(body: Uint8Array | string): Promise<EntityTag> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `"${base64url(digest.subarray(0, 16))}"`;
}
