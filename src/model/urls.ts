/**
 * @module The service's stable URL paths. Websites link these, so they never change; every
 * representation and route builds its links here.
 */

/** The paths of one contact's representations. */
export interface ContactPaths {
  /** HTML page. */
  readonly page: string;
  /** JSON API resource (negotiates JSON, JSContact, jCard, vCard). */
  readonly api: string;
  /** vCard download. */
  readonly vcard: string;
  /** QR code (SVG) of the vCard. */
  readonly qr: string;
}

/** Paths of the whole directory. */
export const DIRECTORY_PATHS = {
  api: "/v1/contacts",
  vcard: "/v1/directory.vcf",
  page: "/contacts",
  /** The primary contact's page and card. */
  home: "/",
  primaryVcard: "/contact.vcf",
  openapi: "/openapi.json",
  validate: "/v1/validate",
} as const;

/** The paths of a contact's representations (ids are URL-safe by construction). */
export function contactPaths(id: string): ContactPaths {
  return {
    page: `/contacts/${id}`,
    api: `/v1/contacts/${id}`,
    vcard: `/v1/contacts/${id}.vcf`,
    qr: `/v1/contacts/${id}/qr.svg`,
  };
}
