/**
 * @module Escaping of vCard values and parameter values, per version. Pure.
 *
 * Text values (RFC 6350 §3.4, RFC 2426 §4):
 * - both versions: BACKSLASH as `\\`, COMMA as `\,`, a line break as `\n`;
 * - 3.0: SEMICOLON as `\;` everywhere: RFC 2426's text-value grammar has no bare ";" (and
 *   OS X Address Book rejects a bare ";" followed by a folded line starting with ":",
 *   owncloud-archive/apps#673);
 * - 4.0: SEMICOLON as `\;` only inside the components of compound properties (N, ADR, ORG);
 *   elsewhere RFC 6350 §3.4 leaves it bare, as its ABNF (TEXT-CHAR) and ical.js expect.
 * Parameter values (RFC 6350 §5, RFC 6868): a DQUOTE, a line break and "^" itself are
 * caret-encoded (`^'`, `^n`, `^^`); anything but a plain token (`work`, `zh-Hans`, `UTF-8`) is
 * quoted. The grammar requires quotes only around ":", ";" and ",", but quotes are always
 * allowed and spare lenient readers a space or a non-ASCII character in a bare value.
 */
import type { VCardVersion } from "./property";

// Line breaks become "\n"; a CR of CRLF or a lone CR is one line break (RFC 6350 §3.4).
const LINE_BREAK = /\r\n|\r|\n/g;
// RFC 6350 §3.3 allows no control characters in a value but HTAB; the validator lets none
// through except the line breaks of notes, so this only guards against unvalidated input.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

// Whether a text needs any of the replacements below (most names and labels do not).
const NEEDS_ESCAPE = /[\\,;\r\n\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Escapes one text value (or one component of a compound value when `component`). */
export function escapeText(value: string, version: VCardVersion, component = false): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  let escaped = value.replace(CONTROL, "").replace(/\\/g, "\\\\").replace(/,/g, "\\,");
  if (version === "3.0" || component) escaped = escaped.replace(/;/g, "\\;");
  return escaped.replace(LINE_BREAK, "\\n");
}

// A parameter value that needs neither encoding nor quotes.
const TOKEN = /^[A-Za-z0-9._+/-]*$/;

/** A parameter value as written: caret-encoded (RFC 6868 §3) and quoted when it must be. */
export function escapeParamValue(value: string): string {
  if (TOKEN.test(value)) return value;
  const encoded = value.replace(CONTROL, "").replace(/\^/g, "^^").replace(LINE_BREAK, "^n").replace(/"/g, "^'");
  return TOKEN.test(encoded) ? encoded : `"${encoded}"`;
}
