/**
 * @module The contact card: an h-card (microformats.org/wiki/h-card) with the names, what the
 * contact is, phones with their actions, the address in each language with map links, email,
 * websites, hours and the "Download contact card" button. One reusable fragment: the contact
 * page, the embed and the directory show the same card. Every value escaped by hono/jsx. Pure.
 */
import type { Contact, Localized } from "../../model/contact";
import { contactPaths } from "../../model/urls";
import { PostalAddress } from "./address";
import { Bilingual } from "./bilingual";
import { OpeningHours } from "./hours";
import { chineseMapLink, englishMapLink, type MapLink } from "./map-links";
import { PhoneItem } from "./phone-item";
import { KIND_TEXTS, TEXTS } from "./texts";

/** Props of {@link ContactCard}. */
export interface ContactCardProps {
  readonly contact: Contact;
  /** 1 on a page of its own; 2 where the card is one of several. */
  readonly headingLevel?: 1 | 2;
  /** Prefix for the card's links (`https://example.org`), for HTML shown on another site. */
  readonly origin?: string;
}

/** The id of the card's name heading, unique per contact on a page. */
export const cardHeadingId = (contact: Contact) => `name-${contact.id}`;

/** A section with a bilingual heading one level below the card's. */
function Section({ id, title, level, children }: { id: string; title: Localized; level: 2 | 3; children: unknown }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>
        <Bilingual text={title} />
      </Heading>
      {children}
    </section>
  );
}

/** A link to a map, its text in the link's language. */
function MapAnchor({ link, lang }: { link: MapLink; lang: "en" | "zh-Hans" }) {
  return (
    <a class="map" href={link.url} rel="noopener" lang={lang}>
      {lang === "en" ? `Show on ${link.service.en}` : `在${link.service["zh-Hans"]}中查看`}
    </a>
  );
}

/** The card. */
export function ContactCard({ contact, headingLevel = 1, origin = "" }: ContactCardProps) {
  const paths = contactPaths(contact.id);
  const H = headingLevel === 1 ? "h1" : "h2";
  const sub = (headingLevel + 1) as 2 | 3;
  const id = (part: string) => `${part}-${contact.id}`;
  const nameClass = contact.kind === "organisation" ? "p-name p-org" : "p-name";
  const address = contact.address;
  const zhMap = address ? chineseMapLink(address) : undefined;
  return (
    <article class="card h-card" aria-labelledby={cardHeadingId(contact)}>
      <header>
        <H id={cardHeadingId(contact)}>
          <Bilingual text={contact.name} class={nameClass} />
        </H>
        <p class="kind">
          <Bilingual text={KIND_TEXTS[contact.kind]} />
          {contact.title ? (
            <>
              {" · "}
              <Bilingual text={contact.title} class="p-job-title" />
            </>
          ) : null}
          {contact.department ? (
            <>
              {" · "}
              <Bilingual text={contact.department} class="p-organization-unit" />
            </>
          ) : null}
          {contact.organisation && contact.kind !== "organisation" ? (
            <>
              {" · "}
              <Bilingual text={contact.organisation} class="p-org" />
            </>
          ) : null}
        </p>
      </header>
      {contact.phones.length > 0 ? (
        <Section id={id("phones")} title={TEXTS.phones} level={sub}>
          <ul class="plain">
            {contact.phones.map((phone) => (
              <PhoneItem phone={phone} />
            ))}
          </ul>
        </Section>
      ) : null}
      {contact.emails.length > 0 ? (
        <Section id={id("email")} title={TEXTS.email} level={sub}>
          <ul class="plain">
            {contact.emails.map((email) => (
              <li>
                <a class="u-email" href={`mailto:${email.address}`}>
                  {email.address}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {address ? (
        <Section id={id("address")} title={TEXTS.address} level={sub}>
          <address>
            <PostalAddress address={address} lang="en" />
            <MapAnchor link={englishMapLink(address)} lang="en" />
            {address.parts["zh-Hans"] ? (
              <>
                <PostalAddress address={address} lang="zh-Hans" />
                {zhMap ? <MapAnchor link={zhMap} lang="zh-Hans" /> : null}
              </>
            ) : null}
          </address>
        </Section>
      ) : null}
      {contact.hours ? (
        <Section id={id("hours")} title={TEXTS.hours} level={sub}>
          <OpeningHours hours={contact.hours} />
        </Section>
      ) : null}
      {contact.websites.length > 0 ? (
        <Section id={id("web")} title={TEXTS.website} level={sub}>
          <ul class="plain">
            {contact.websites.map((site) => (
              <li>
                <a class="u-url" href={site.url} rel="noopener">
                  {site.label ? <Bilingual text={site.label} /> : site.url}
                </a>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {contact.note ? (
        <p class="p-note">
          <Bilingual text={contact.note} />
        </p>
      ) : null}
      <p class="download">
        <a class="button primary" href={`${origin}${paths.vcard}`} type="text/vcard">
          <Bilingual text={TEXTS.download} />
        </a>
        <a href={`${origin}${paths.vcard}?version=4.0`} type="text/vcard">
          <Bilingual text={TEXTS.downloadV4} />
        </a>
      </p>
    </article>
  );
}
