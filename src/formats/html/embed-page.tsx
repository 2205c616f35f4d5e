/**
 * @module The embeddable card (`/contacts/{id}/embed`): the contact card alone, for another
 * site's `<iframe>`. Its links open in a new tab (`<base target="_blank">`): chat and map sites
 * refuse to be framed, and a visitor should not leave the host page inside a frame. Pure.
 */
import type { Contact } from "../../model/contact";
import { ContactCard } from "./contact-card";
import { pageTitle } from "./contact-page";
import { PageLayout, renderDocument } from "./layout";

/** The embed's `<html>` element. */
export function EmbedPage({ contact }: { contact: Contact }) {
  return (
    <PageLayout title={pageTitle(contact)} indexable={false} head={<base target="_blank" />}>
      <main class="embed">
        <ContactCard contact={contact} />
      </main>
    </PageLayout>
  );
}

/** The embed as a document. */
export function renderEmbedPage(contact: Contact): string {
  return renderDocument(<EmbedPage contact={contact} />);
}
