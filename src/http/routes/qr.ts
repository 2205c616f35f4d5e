/**
 * @module `GET /v1/contacts/{id}/qr.svg?content=vcard|url`: the QR code of a contact, holding
 * its compact vCard 3.0 (the default: a phone's camera offers to save the contact, even
 * offline) or the URL that downloads its card (`content=url`: a far smaller code, for print
 * or small screens). Thin: src/formats/qr.ts and qr-card.ts make the code.
 */
import { Hono } from "hono";
import { contactQrCode, QR_CONTENTS, type QrContent } from "../../formats/qr-card";
import { toQrSvg } from "../../formats/qr";
import { ID_MAX_LENGTH, ID_PATTERN } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import type { AppEnv } from "../app";
import type { InvalidParam } from "../directory-query";
import { invalidParamsProblem } from "../invalid-params";
import { problem } from "../problem";
import { createRepresentationCache, sendRepresentation } from "../representation";
import type { Contact } from "../../model/contact";
import { choiceParam } from "../query-param";

/** SVG's media type (SVG 2 §1.2); UTF-8 said explicitly, for the Chinese in its title. */
export const SVG_CONTENT_TYPE = "image/svg+xml; charset=utf-8";

/** The route, its id constrained to the data's id pattern. */
export const QR_ROUTE = `${DIRECTORY_PATHS.api}/:id{${ID_PATTERN.source.replace(/^\^|\$$/g, "")}}/qr.svg`;

/** The `content` asked for, or why it is wrong (empty counts as absent; twice is refused). */
export function parseQrContent(
  params: URLSearchParams,
): { ok: true; content: QrContent } | { ok: false; invalid: InvalidParam } {
  const read = choiceParam(
    params,
    "content",
    QR_CONTENTS,
    (shown) => `${shown} is not something a QR code here holds: expected ${QR_CONTENTS.join(" or ")}`,
  );
  return read.ok ? { ok: true, content: read.value ?? "vcard" } : read;
}

const codes = createRepresentationCache<Contact>();

/** The QR route. */
export const qrRoutes = new Hono<AppEnv>();

qrRoutes.get(QR_ROUTE, async (c) => {
  const url = new URL(c.req.url);
  const parsed = parseQrContent(url.searchParams);
  if (!parsed.ok) throw invalidParamsProblem([parsed.invalid]);
  const id = c.req.param("id") ?? "";
  const contact = id.length <= ID_MAX_LENGTH ? await c.get("store").get(id) : undefined;
  if (!contact)
    throw problem(404, `There is no contact with the id "${id.slice(0, ID_MAX_LENGTH)}".`, {
      id: id.slice(0, ID_MAX_LENGTH),
    });
  // The SVG depends on the contact, the content and the origin only: written once, sent sealed.
  const svg = await codes.get(contact, `${parsed.content} ${url.origin}`, () => {
    const qr = contactQrCode(contact, parsed.content, url.origin);
    const title =
      qr.content === "vcard"
        ? `Contact card of ${contact.name.en}`
        : `Download link of ${contact.name.en}'s contact card`;
    // RFC 9110 §8.7: a card too long to scan gave way to its URL; say which resource this is.
    const headers: Record<string, string> =
      qr.content !== parsed.content ? { "Content-Location": `${url.pathname}?content=${qr.content}` } : {};
    return { body: toQrSvg(qr.matrix, { title }), contentType: SVG_CONTENT_TYPE, headers };
  });
  return sendRepresentation(c, svg);
});
