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

/** The physical lines of one content line (without line breaks), each at most 75 octets. */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  const chars = Array.from(line);
  for (let i = 0; i < chars.length; i++) {
    // An escape ("\\", "\,", "\;", "\n") moves to the next line whole.
    let unit = chars[i]!;
    if (unit === "\\" && i + 1 < chars.length) unit += chars[++i]!;
    let size = 0;
    for (const ch of unit) size += utf8Length(ch.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = CONTINUATION;
      octets = CONTINUATION.length;
    }
    current += unit;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** The content line folded and terminated, ready to join: `line1 CRLF SP line2 CRLF`. */
export function foldContentLine(line: string): string {
  return foldLine(line).join(CRLF) + CRLF;
}
