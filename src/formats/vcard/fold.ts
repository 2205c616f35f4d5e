/**
 * @module Line folding (RFC 6350 §3.2, RFC 2425 §5.8.1): a content line longer than 75 octets
 * is split into lines of at most 75 octets, each continuation starting with one space (which
 * counts towards its 75). A split never falls inside a UTF-8 sequence (a Chinese character is 3
 * octets, an emoji 4), so every physical line is valid UTF-8 on its own, and never between a
 * backslash and the character it escapes, for readers that unescape before they unfold. Pure.
 */

/** RFC 6350 §3.2: lines are delimited by CRLF. */
export const CRLF = "\r\n";
/** RFC 6350 §3.2: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
export const MAX_LINE_OCTETS = 75;
/** The whitespace that starts a continuation line. */
const CONTINUATION = " ";

/** UTF-8 length of one code point. */
const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** The folding units of a line: code points, with a backslash escape kept as one unit. */
function unitsOf(line: string): string[] {
  const chars = Array.from(line);
  const units: string[] = [];
  for (let i = 0; i < chars.length; i++) units.push(chars[i] === "\\" && i + 1 < chars.length ? chars[i]! + chars[++i]! : chars[i]!);
  return units;
}

const octetsOf = (unit: string): number => {
  let size = 0;
  for (const ch of unit) size += utf8Length(ch.codePointAt(0)!);
  return size;
};

/** How far a fold may move back to keep a space off either side of the line break. */
const MAX_BACKTRACK = 8;
const isSpace = (unit: string | undefined) => unit === " " || unit === "\t";

/**
 * The physical lines of one content line (without line breaks), each at most 75 octets. A fold
 * moves back a few characters rather than end a line with a space or start a continuation
 * with one: RFC 6350 removes exactly the one space after the line break, but readers that trim
 * lines, or unfold as vCard 2.1 and RFC 822 do, would lose or double that space.
 */
export function foldLine(line: string): string[] {
  const units = unitsOf(line);
  const lines: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < units.length; i++) {
    const size = octetsOf(units[i]!);
    const budget = MAX_LINE_OCTETS - (lines.length > 0 ? CONTINUATION.length : 0);
    if (octets + size <= budget) {
      octets += size;
      continue;
    }
    let end = i;
    for (let back = 0; back < MAX_BACKTRACK && end - 1 > start && (isSpace(units[end - 1]) || isSpace(units[end])); back++) end--;
    if (isSpace(units[end - 1]) || isSpace(units[end])) end = i;
    lines.push((lines.length > 0 ? CONTINUATION : "") + units.slice(start, end).join(""));
    start = end;
    octets = units.slice(start, i + 1).reduce((sum, unit) => sum + octetsOf(unit), 0);
  }
  lines.push((lines.length > 0 ? CONTINUATION : "") + units.slice(start).join(""));
  return lines;
}

/** The content line folded and terminated, ready to join: `line1 CRLF SP line2 CRLF`. */
export function foldContentLine(line: string): string {
  return foldLine(line).join(CRLF) + CRLF;
}
