/**
 * @module Open Graph tags (ogp.me) for link previews in chat apps and social sites: title,
 * description, canonical URL, locale and its alternate. No `og:image`: previews need a
 * raster image, and the service has none to offer (the QR code is SVG). Pure.
 */
import type { Contact } from "../../model/contact";

/** A one-line description: kind, phone numbers and town, in English then Chinese. */
export function describeContact(contact: Contact): string {
  const phones = contact.phones.map((p) => p.international).join(" · ");
  const town = contact.address?.parts.en.locality;
  const en = [contact.name.en, phones, town].filter(Boolean).join(" · ");
  const zh = contact.name["zh-Hans"];
  return zh ? `${en} · ${zh}` : en;
}

/** Props of {@link OpenGraph}. */
export interface OpenGraphProps {
  readonly contact: Contact;
  /** The page's absolute URL. */
  readonly url: string;
  readonly title: string;
}

/** The `<meta property="og:…">` elements and the canonical link. */
export function OpenGraph({ contact, url, title }: OpenGraphProps) {
  return (
    <>
      <link rel="canonical" href={url} />
      <meta property="og:type" content={contact.kind === "person" ? "profile" : "website"} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={describeContact(contact)} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content="en_GB" />
      {contact.name["zh-Hans"] ? <meta property="og:locale:alternate" content="zh_CN" /> : null}
      <meta name="twitter:card" content="summary" />
    </>
  );
}
