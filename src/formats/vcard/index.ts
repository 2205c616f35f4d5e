/**
 * @module The vCard and jCard writer: contact in, card out (RFC 2426, RFC 6350, RFC 9554,
 * RFC 7095). Re-exports only.
 */
export { toJCard, toVCard, toVCards, streamVCards, type VCardOptions } from "./vcard";
export type { JCard, JCardProperty } from "./jcard";
export { DEFAULT_VCARD_VERSION, VCARD_VERSIONS, type VCardVersion } from "./property";
export { vCardProperties } from "./properties";
