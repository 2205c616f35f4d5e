/**
 * @module Sending an HTML page: its Content-Security-Policy and the test for a client that
 * wants HTML. The policy allows nothing but the page's own stylesheet (by its SHA-256, CSP
 * Level 3 §2.3.1 hash-source: no 'unsafe-inline'), images from the origin, forms to the
 * origin, and no script at all (JSON-LD is a data block, which CSP does not govern: HTML
 * §4.12.1.1). A page may be framed by nobody (clickjacking), the embed by anybody.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { PAGE_CSS } from "../formats/html/styles";

/** Who may frame a page: nobody, or any site (the embed). */
export type Framing = "none" | "any";

let styleHash: Promise<string> | undefined;

/** `'sha256-…'` of the stylesheet, computed once per isolate. */
function styleSource(): Promise<string> {
  styleHash ??= crypto.subtle.digest("SHA-256", new TextEncoder().encode(PAGE_CSS)).then((digest) => {
    let binary = "";
    for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
    return `'sha256-${btoa(binary)}'`;
  });
  return styleHash;
}

/** The Content-Security-Policy of an HTML page. */
export async function pageCsp(framing: Framing = "none"): Promise<string> {
  return [
    "default-src 'none'",
    `style-src ${await styleSource()}`,
    // 'self' for images a page may show; data: for the empty favicon that spares a request.
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    // CSP Level 3 §6.4.2: frame-ancestors replaces X-Frame-Options in every current browser.
    `frame-ancestors ${framing === "any" ? "*" : "'none'"}`,
  ].join("; ");
}

/** The media type of the pages, as Hono's `c.html` sends it. */
export const HTML_CONTENT_TYPE = "text/html; charset=UTF-8";

/** The headers of a page: its policy, and for old browsers no framing unless it is the embed. */
export async function pageHeaders(framing: Framing = "none"): Promise<Record<string, string>> {
  const headers: Record<string, string> = { "Content-Security-Policy": await pageCsp(framing) };
  // Old browsers without frame-ancestors; the embed must not be denied anywhere.
  if (framing === "none") headers["X-Frame-Options"] = "DENY";
  return headers;
}

/** Sends `html` as a page with its policy. */
export async function sendHtml(
  c: Context,
  html: string,
  status: ContentfulStatusCode = 200,
  framing: Framing = "none",
): Promise<Response> {
  return c.html(html, status, await pageHeaders(framing));
}

/**
 * Whether the client asked for HTML (RFC 9110 §12.5.1): `text/html` in Accept with a q-value
 * above 0. Browsers navigating to a page send it; fetch() and curl send `*\/*`, and get
 * problem+json.
 */
export function acceptsHtml(c: Context): boolean {
  const accept = c.req.header("Accept") ?? "";
  return accept.split(",").some((range) => {
    const [type, ...params] = range.split(";").map((s) => s.trim().toLowerCase());
    if (type !== "text/html") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
