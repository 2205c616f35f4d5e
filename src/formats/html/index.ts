/**
 * @module The HTML pages: the shared layout and card (for any page that shows contacts), the
 * contact page, the embed and the not-found page. Re-exports only.
 */
export { Bilingual, type UiText } from "./bilingual";
export { ContactCard, cardHeadingId, type ContactCardProps } from "./contact-card";
export { ContactPage, pageTitle, renderContactPage, type ContactPageOptions } from "./contact-page";
export { EmbedPage, renderEmbedPage } from "./embed-page";
export { PageLayout, renderDocument, type PageLayoutProps } from "./layout";
export { renderNotFoundPage } from "./not-found-page";
export { PAGE_CSS } from "./styles";
