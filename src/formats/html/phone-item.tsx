/**
 * @module One phone number on the contact card, with what can be done with it: a `tel:` link
 * (RFC 3966) when it takes calls, chat links for its messaging apps, an `sms:` link (RFC 5724)
 * for messages without an app, and a plain number otherwise. A number for messages only never
 * gets a call link, and says so. Marked `p-tel` for h-card. Pure.
 */
import type { Localized, Phone } from "../../model/contact";
import { Bilingual } from "./bilingual";
import { CHAT_TEXTS, TEXTS } from "./texts";

/** The phone's label, or one from what it is for. */
function labelOf(phone: Phone): Localized {
  if (phone.label) return phone.label;
  if (phone.for.includes("fax") && phone.for.length === 1) return TEXTS.fax;
  return TEXTS.phones;
}

/** Props of {@link PhoneItem}. */
export interface PhoneItemProps {
  readonly phone: Phone;
}

/** The `<li>` of one phone. */
export function PhoneItem({ phone }: PhoneItemProps) {
  const calls = phone.for.includes("calls");
  const messages = phone.for.includes("messages");
  const number = (
    <span class="number p-tel" lang="en">
      {phone.international}
    </span>
  );
  return (
    <li class="phone">
      <span class="label">
        <Bilingual text={labelOf(phone)} />
      </span>
      {calls ? (
        // Tapping calls (tel: URIs, RFC 3966 §3); the number is in the link's name.
        <a class="button primary call" href={phone.uri}>
          <Bilingual text={TEXTS.call} /> {number}
        </a>
      ) : (
        number
      )}
      {phone.links.length > 0 || (messages && phone.links.length === 0) ? (
        <div class="actions">
          {phone.links.map((link) => (
            <a class="button" href={link.url} rel="noopener">
              <Bilingual text={CHAT_TEXTS[link.app]} />
            </a>
          ))}
          {messages && phone.links.length === 0 ? (
            // RFC 5724 §2: sms:<E.164>.
            <a class="button" href={`sms:${phone.e164}`}>
              <Bilingual text={TEXTS.sms} />
            </a>
          ) : null}
        </div>
      ) : null}
      {messages && !calls ? (
        <p class="note">
          <Bilingual text={TEXTS.messagesOnly} />
        </p>
      ) : null}
    </li>
  );
}
