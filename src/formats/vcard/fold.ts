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

/** UTF-8 length of a whole string, without encoding it (most lines need no fold). */
function utf8ByteLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair is one 4-octet character; a lone surrogate becomes U+FFFD (3 octets).
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 4;
      i++;
    } else length += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return length;
}

/** How far a fold may move back to keep a space off either side of the line break. */
const MAX_BACKTRACK = 8;

/**
 * The physical lines of one content line (without line breaks), each at most 75 octets. A fold
 * moves back a few characters rather than end a line with a space or start a continuation
 * with one: RFC 6350 removes exactly the one space after the line break, but readers that trim
 * lines, or unfold as vCard 2.1 and RFC 822 do, would lose or double that space.
 */
export function foldLine(line: string): string[] {
  if (utf8ByteLength(line) <= MAX_LINE_OCTETS) return [line];
  // The units a fold may not split: a code point, or a backslash and the character it escapes.
  const starts: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < line.length;) {
    starts.push(i);
    const escape = line.charCodeAt(i) === 0x5c && i + 1 < line.length;
    let size = 0;
    for (let n = escape ? 2 : 1; n > 0 && i < line.length; n--) {
      const unit = line.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        size += 4;
        i += 2;
      } else {
        size += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
        i++;
      }
    }
    sizes.push(size);
  }
  starts.push(line.length);
  const isSpace = (k: number) =>
    k < sizes.length &&
    sizes[k] === 1 &&
    (line.charCodeAt(starts[k]!) === 0x20 || line.charCodeAt(starts[k]!) === 0x09);

  const lines: string[] = [];
  let first = 0;
  let octets = 0;
  for (let k = 0; k < sizes.length; k++) {
    const budget = MAX_LINE_OCTETS - (lines.length > 0 ? CONTINUATION.length : 0);
    if (octets + sizes[k]! <= budget) {
      octets += sizes[k]!;
      continue;
    }
    let end = k;
    for (let back = 0; back < MAX_BACKTRACK && end - 1 > first && (isSpace(end - 1) || isSpace(end)); back++) end--;
    if (isSpace(end - 1) || isSpace(end)) end = k;
    lines.push((lines.length > 0 ? CONTINUATION : "") + line.slice(starts[first], starts[end]));
    first = end;
    octets = 0;
    for (let j = first; j <= k; j++) octets += sizes[j]!;
  }
  lines.push((lines.length > 0 ? CONTINUATION : "") + line.slice(starts[first]));
  return lines;
}

/** The content line folded and terminated, ready to join: `line1 CRLF SP line2 CRLF`. */
export function foldContentLine(line: string): string {
  return foldLine(line).join(CRLF) + CRLF;
}
