/**
 * @module The contact page (`/` and `/contacts/{id}`): the contact card, its QR code inline
 * (the compact vCard: scan it from a desktop screen to save the contact), schema.org JSON-LD,
 * Open Graph tags, and links to the directory and the API. Pure: contact in, HTML out.
 */
import type { Contact } from "../../model/contact";
import { contactPaths, DIRECTORY_PATHS } from "../../model/urls";
import { jsonLdScriptText, toJsonLd } from "../jsonld";
import { contactQrCode } from "../qr-card";
import { toQrSvg } from "../qr";
import { Bilingual } from "./bilingual";
import { ContactCard } from "./contact-card";
import { PageLayout, renderDocument } from "./layout";
import { describeContact, OpenGraph } from "./open-graph";
import { TEXTS } from "./texts";

/** What the page needs besides the contact. */
export interface ContactPageOptions {
  /** The service's origin, for absolute URLs in JSON-LD, Open Graph and the canonical link. */
  readonly origin: string;
}

/** The page's title: both names. */
export const pageTitle = (contact: Contact) => [contact.name.en, contact.name["zh-Hans"]].filter(Boolean).join(" · ");

/** The QR code of the contact's card, as a figure with its caption. */
function QrFigure({ contact, origin }: { contact: Contact; origin: string }) {
  const qr = contactQrCode(contact, "vcard", origin);
  const svg = toQrSvg(qr.matrix, {
    title: `${TEXTS.qrLabel.en} · ${TEXTS.qrLabel["zh-Hans"]}`,
    titleId: `qr-${contact.id}`,
  });
  return (
    <aside class="card" aria-labelledby={`qr-caption-${contact.id}`}>
      <figure class="qr">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption id={`qr-caption-${contact.id}`}>
          <Bilingual text={qr.content === "vcard" ? TEXTS.scan : TEXTS.scanUrl} />
        </figcaption>
      </figure>
    </aside>
  );
}

/** The page's `<html>` element. */
export function ContactPage({ contact, origin }: { contact: Contact } & ContactPageOptions) {
  const paths = contactPaths(contact.id);
  const url = `${origin}${contact.primary ? DIRECTORY_PATHS.home : paths.page}`;
  const title = pageTitle(contact);
  const head = (
    <>
      <OpenGraph contact={contact} url={url} title={title} />
      <link rel="alternate" type="text/vcard" href={paths.vcard} />
      <link rel="alternate" type="application/json" href={paths.api} />
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptText(toJsonLd(contact, { origin })) }}
      />
    </>
  );
  return (
    <PageLayout title={title} description={describeContact(contact)} head={head}>
      <main class="page">
        <div class="layout">
          <ContactCard contact={contact} />
          <QrFigure contact={contact} origin={origin} />
        </div>
        <footer>
          <ul class="plain">
            <li>
              <a href={DIRECTORY_PATHS.page}>
                <Bilingual text={TEXTS.directory} />
              </a>
            </li>
            <li>
              <a href={paths.api} type="application/json">
                <Bilingual text={TEXTS.api} />
              </a>
            </li>
            <li>
              <Bilingual text={TEXTS.updated} /> <time datetime={contact.updated}>{contact.updated}</time>
            </li>
          </ul>
        </footer>
      </main>
    </PageLayout>
  );
}

/** The contact page as a document. */
export function renderContactPage(contact: Contact, options: ContactPageOptions): string {
  return renderDocument(<ContactPage contact={contact} origin={options.origin} />);
}
