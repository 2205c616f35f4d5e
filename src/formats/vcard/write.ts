/**
 * @module Writes a property list as vCard text: `BEGIN:VCARD`, `VERSION`, one content line per
 * property (`group.NAME;PARAM=value:value`), `END:VCARD`; each line escaped for its version,
 * folded at 75 octets and ended by CRLF (RFC 6350 §3.2, RFC 2426 §4). No BOM: the text is
 * plain UTF-8 from its first byte (RFC 6350 §3.1). Pure.
 */
import { escapeParamValue, escapeText } from "./escape";
import { foldContentLine } from "./fold";
import type { VCardProperty, VCardValue, VCardVersion } from "./property";

/** The value as written in `version`. */
export function writeValue(value: VCardValue, version: VCardVersion): string {
  switch (value.type) {
    case "text":
      return escapeText(value.value, version);
    case "text-list":
      return value.value.map((item) => escapeText(item, version)).join(",");
    case "structured":
      return value.value.map((component) => escapeText(component, version, true)).join(";");
    case "uri":
    case "phone-number":
      return value.value;
    case "timestamp":
      // 4.0: RFC 6350 §4.3.5's basic format (20261128T000000Z); 3.0: RFC 2426 §3.6.4's ISO 8601.
      return version === "4.0" ? value.value.replace(/[-:]/g, "") : value.value;
  }
}

/** One unfolded content line. */
export function contentLine(p: VCardProperty, version: VCardVersion): string {
  const params = p.params.map((param) => `;${param.name}=${param.values.map(escapeParamValue).join(",")}`).join("");
  return `${p.group ? `${p.group}.` : ""}${p.name}${params}:${writeValue(p.value, version)}`;
}

/** The whole card: folded content lines between BEGIN and END, every line ended by CRLF. */
export function writeVCard(properties: readonly VCardProperty[], version: VCardVersion): string {
  const lines = ["BEGIN:VCARD", `VERSION:${version}`, ...properties.map((p) => contentLine(p, version)), "END:VCARD"];
  return lines.map(foldContentLine).join("");
}
