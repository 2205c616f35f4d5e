/**
 * @module Phone rules, all by libphonenumber-js (full metadata): each number must parse and be
 * valid, is normalised to E.164 with its type and region, must not repeat within a contact,
 * and a messages-only number should be able to receive messages. Pure.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { E164, MessagingApp, MessagingLink, Phone } from "../model/contact";
import type { PhoneFile } from "../model/schema";
import { error, warning, type Finding } from "./problem";

/** Public chat links by app; each takes the E.164 digits without "+". */
const CHAT_LINKS: Record<MessagingApp, (digits: string) => string> = {
  // https://faq.whatsapp.com/5913398998672934 (click to chat): international digits only.
  whatsapp: (digits) => `https://wa.me/${digits}`,
  signal: (digits) => `https://signal.me/#p/+${digits}`,
  telegram: (digits) => `https://t.me/+${digits}`,
};

// Types that can receive SMS or chat messages; FIXED_LINE_OR_MOBILE is ambiguous (US, CN ranges).
const CAN_MESSAGE = new Set(["MOBILE", "FIXED_LINE_OR_MOBILE", "VOIP", "PERSONAL_NUMBER"]);

/** Validates and normalises a contact's phones; findings point into `phones[i]`. */
export function checkPhones(phones: readonly PhoneFile[]): { phones: Phone[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const out: Phone[] = [];
  const seen = new Map<string, number>();
  phones.forEach((entry, i) => {
    const path = ["phones", i, "number"];
    const written = entry.number.trim();
    if (!written.startsWith("+")) {
      findings.push(
        error(
          "phone-invalid",
          path,
          `${JSON.stringify(entry.number)} has no country code: expected the international form starting with "+", like "+86 10 6416 7544"`,
          'an international number starting with "+"',
          entry.number,
        ),
      );
      return;
    }
    const parsed = parsePhoneNumberFromString(written);
    if (!parsed || !parsed.isValid() || !parsed.country) {
      const why =
        parsed?.isPossible() === false || !parsed
          ? "is not a possible phone number (wrong length or country code)"
          : "is not a valid number in its country's numbering plan";
      findings.push(
        error(
          "phone-invalid",
          path,
          `${JSON.stringify(entry.number)} ${why}: expected a valid international number, like "+86 10 6416 7544"`,
          "a valid international phone number",
          entry.number,
        ),
      );
      return;
    }
    const e164 = parsed.number as E164;
    const first = seen.get(e164);
    if (first !== undefined) {
      findings.push(
        error(
          "phone-duplicate",
          path,
          `${JSON.stringify(entry.number)} is the same number as phones[${first}]: expected each number once (list its uses in "for" instead)`,
          "each number once",
          entry.number,
        ),
      );
      return;
    }
    seen.set(e164, i);

    const uses = entry.for ?? ["calls"];
    const apps = entry.apps ?? [];
    const type = parsed.getType() ?? "UNKNOWN";
    if ((uses.includes("messages") || apps.length > 0) && !CAN_MESSAGE.has(type)) {
      findings.push(
        warning(
          "phone-cannot-message",
          ["phones", i, "for"],
          `${JSON.stringify(entry.number)} is a ${type.toLowerCase().replace(/_/g, " ")} number, which usually cannot receive messages: expected a mobile number for messages${apps.length ? " and chat apps" : ""}`,
          "a mobile number",
          entry.number,
        ),
      );
    }
    const digits = e164.slice(1);
    const links: MessagingLink[] = apps.map((app) => ({ app, url: CHAT_LINKS[app](digits) }));
    out.push({
      e164,
      country: parsed.country,
      type,
      international: parsed.formatInternational(),
      national: parsed.formatNational(),
      uri: parsed.getURI(),
      for: uses,
      apps,
      links,
      context: entry.context ?? "work",
      ...(entry.label ? { label: entry.label } : {}),
    });
  });
  return { phones: out, findings };
}
