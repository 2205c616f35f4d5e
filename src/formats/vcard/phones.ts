/**
 * @module Phone numbers and their chat links. Pure.
 *
 * - 4.0: `TEL;VALUE=uri` with the RFC 3966 `tel:` URI (RFC 6350 §6.4.1); 3.0: the E.164 text.
 * - TYPE: "cell" first, then the context, then what the number is for. Stock Android keeps the
 *   first type it knows and lets anything replace VOICE (AOSP VCardUtils.getPhoneTypeFromStrings),
 *   so `CELL,WORK` is a mobile there but `WORK,CELL` a work line; and a TEL without any TYPE
 *   becomes "Home" (same function: "default to TYPE_HOME").
 * - The office line: `TYPE=WORK,VOICE`, as Apple and Outlook write a work number.
 * - A number for messages only (the WhatsApp number) is a mobile, never VOICE: 4.0 says
 *   `cell,text`; 3.0 has no "text" type (its MSG means voice mail) and says `CELL` alone:
 *   Outlook fills its phone slots by type (its exports write WORK,VOICE for the business
 *   phone, CELL,VOICE for the mobile: owncloud-archive/contacts#1044), so 3.0 leaves a
 *   mobile's context out rather than risk it in the business slot.
 * - Its chat link (`https://wa.me/447822014058`) is a URL: Android keeps IMPP only for sip:
 *   (AOSP VCardEntry) and ignores X-SOCIALPROFILE, Outlook writes IM as X-MS-IMADDRESS and
 *   reads no IMPP; a URL is shown and tappable everywhere, labelled with the app's name.
 */
import type { Localized, MessagingApp, Phone } from "../../model/contact";
import { labelled, type CardBuilder } from "./card-builder";
import { param, property, uri, type VCardParam, type VCardProperty } from "./property";

/** The names people know the messaging apps by. */
export const APP_NAMES: Readonly<Record<MessagingApp, string>> = {
  whatsapp: "WhatsApp",
  signal: "Signal",
  telegram: "Telegram",
};

/** Whether the number is a mobile: libphonenumber-js says so, or it takes messages. */
export function isMobile(phone: Phone): boolean {
  if (phone.type === "MOBILE") return true;
  const texts = phone.for.includes("messages") || phone.apps.length > 0;
  return texts && phone.type !== "FIXED_LINE";
}

/** TYPE values of a number in `version`, in the order described above. */
export function phoneTypes(phone: Phone, version: "3.0" | "4.0"): string[] {
  const cell = isMobile(phone);
  const context = phone.context === "private" ? "home" : "work";
  const uses = [
    ...(phone.for.includes("calls") ? ["voice"] : []),
    ...(phone.for.includes("messages") && version === "4.0" ? ["text"] : []),
    ...(phone.for.includes("fax") ? ["fax"] : []),
  ];
  const types = cell ? ["cell", ...(version === "4.0" ? [context] : []), ...uses] : [context, ...uses];
  // RFC 6350 lists types in lower case; Apple, Outlook and RFC 2426's examples write 3.0's upper.
  return version === "3.0" ? types.map((t) => t.toUpperCase()) : types;
}

/** The label clients show: the data's, or the app's name for a chat-only number without one. */
const labelOf = (phone: Phone): Localized | undefined =>
  phone.label ?? (phone.apps[0] ? { en: APP_NAMES[phone.apps[0]] } : undefined);

/** TEL properties, each followed by its chat links. */
export function addPhones(card: CardBuilder, phones: readonly Phone[]): void {
  for (const phone of phones) {
    const params: VCardParam[][] = [param("TYPE", ...phoneTypes(phone, card.version))];
    const tel: VCardProperty =
      card.version === "4.0"
        ? property("TEL", uri(phone.uri), [param("VALUE", "uri"), ...params])
        : property("TEL", { type: "phone-number", value: phone.e164 }, params);
    card.add(...labelled(card, [tel], labelOf(phone)));
    for (const link of phone.links) {
      card.add(...labelled(card, [property("URL", uri(link.url))], { en: APP_NAMES[link.app] }));
    }
  }
}
