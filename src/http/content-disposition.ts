/**
 * @module `Content-Disposition` for downloads (RFC 6266): an ASCII `filename` every client
 * reads, and the exact name as RFC 8187 `filename*` for the clients that read it. Header values
 * must be bytes: a non-ASCII character in a header makes the runtime throw ("Cannot convert
 * argument to a ByteString", papra-hq/papra#325), so every byte written here is ASCII. Pure.
 */

// RFC 8187 §3.2.1 attr-char: what `filename*` carries without percent-encoding.
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

/** `name` percent-encoded as an RFC 8187 value (`UTF-8''…`). */
export function encodeExtValue(name: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(name)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return `UTF-8''${out}`;
}

/** `name` with every character outside printable ASCII, and quotes and backslashes, as "_". */
export function asciiFallback(name: string): string {
  return Array.from(name, (ch) => (/^[\x20-\x7e]$/.test(ch) && ch !== '"' && ch !== "\\" ? ch : "_")).join("");
}

/** The header value offering `name` for download: `attachment; filename="…"; filename*=UTF-8''…`. */
export function attachment(name: string): string {
  return `attachment; filename="${asciiFallback(name)}"; filename*=${encodeExtValue(name)}`;
}
