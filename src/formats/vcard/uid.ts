/**
 * @module A contact's vCard UID: `urn:uuid:` and a name-based UUID (version 5, RFC 9562 §5.5)
 * of its id, so the same contact always has the same UID. A card imported twice, or synced
 * by a CardDAV server (which rejects a card without UID), updates the contact it made before
 * instead of adding a copy. Synchronous SHA-1 here because Web Crypto's digest is async and
 * `node:crypto` is not in the Workers runtime without nodejs_compat. Pure.
 */

/** RFC 9562 §6.6: the namespace for names that are URLs. */
export const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

// The message schedule, reused: SHA-1 here is synchronous, so no two calls share it at once.
// Words stay int32 (`| 0`) throughout, so V8 keeps them unboxed.
const SCHEDULE = new Int32Array(80);

/** SHA-1 (FIPS 180-4) of `bytes`: used only to derive UUIDs, never for security. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const length = bytes.length;
  const blocks = Math.ceil((length + 9) / 64);
  const padded = new Uint8Array(blocks * 64);
  padded.set(bytes);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
  view.setUint32(padded.length - 4, (length * 8) >>> 0);
  const h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0];
  const w = SCHEDULE;
  for (let block = 0; block < blocks; block++) {
    for (let t = 0; t < 16; t++) w[t] = view.getInt32(block * 64 + t * 4);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!;
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h[0]!;
    let b = h[1]!;
    let c = h[2]!;
    let d = h[3]!;
    let e = h[4]!;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 || t >= 60 ? b ^ c ^ d : (b & c) | (b & d) | (c & d);
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc | 0 : 0xca62c1d6 | 0;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((word, i) => outView.setInt32(i * 4, word));
  return out;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

const namespaceBytes = new Map<string, Uint8Array>();

/** The 16 bytes of a UUID written as hex (kept: one namespace serves every contact). */
function uuidBytes(uuid: string): Uint8Array {
  let bytes = namespaceBytes.get(uuid);
  if (bytes) return bytes;
  const digits = uuid.replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/i.test(digits)) throw new TypeError(`not a UUID: ${uuid}`);
  bytes = Uint8Array.from({ length: 16 }, (_, i) => parseInt(digits.slice(i * 2, i * 2 + 2), 16));
  if (namespaceBytes.size < 8) namespaceBytes.set(uuid, bytes);
  return bytes;
}

/** The version 5 UUID of `name` in `namespace` (RFC 9562 §5.5), lower case. */
export function uuidV5(namespace: string, name: string): string {
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(16 + nameBytes.length);
  input.set(uuidBytes(namespace));
  input.set(nameBytes, 16);
  const bytes = sha1(input).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10xx
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * This service's namespace for contact UIDs: the UUID of a URN naming "contacts of this
 * service" in the URL namespace. Changing it would change every UID, so it is fixed here.
 */
export const CONTACT_UID_NAMESPACE = uuidV5(NAMESPACE_URL, "urn:contact-card:contact");

/** The UID of the contact with id `id`: `urn:uuid:…` (RFC 6350 §6.7.6, RFC 4122 §3). */
export function contactUid(id: string): string {
  return `urn:uuid:${uuidV5(CONTACT_UID_NAMESPACE, id)}`;
}
