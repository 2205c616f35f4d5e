/**
 * @module A fast 64-bit string hash (cyrb53's mixing, two 32-bit lanes), the same in Node and
 * workerd and synchronous: names the data's version and checks cursors for corruption. Not a
 * cryptographic hash: it detects accidents and edits, not a determined forger (see cursor.ts).
 */

/** 16 lowercase hex digits of a hash of `text` (UTF-16 code units). */
export function hash64(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
