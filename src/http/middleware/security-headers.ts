/**
 * @module The security headers of every response. A route's own value wins (the HTML pages
 * set their own Content-Security-Policy and framing rules); what is added:
 * - `X-Content-Type-Options: nosniff` — browsers must not guess a type (a vCard or JSON body
 *   read as HTML would run script);
 * - `Referrer-Policy: no-referrer` — links out (wa.me, maps) need not learn which card was open;
 * - `Cross-Origin-Resource-Policy: cross-origin` — other sites may embed the QR code or fetch
 *   the card even under their own Cross-Origin-Embedder-Policy;
 * - for content other than HTML, a Content-Security-Policy that allows nothing and no framing,
 *   with `X-Frame-Options: DENY` for older browsers: a JSON, vCard or SVG body opened as a
 *   document can then neither load anything nor be framed (OWASP REST Security Cheat Sheet);
 * - over HTTPS, `Strict-Transport-Security` for a year (RFC 6797; browsers ignore it over HTTP).
 *   Without `includeSubDomains`: the service may run on a domain whose other hosts it cannot speak for.
 * A response without content (204, 304) gets no content policy: a 304 updates the headers a
 * cache keeps (RFC 9111 §4.3.4), and must not replace an HTML page's own policy.
 */

/** The policy of responses that are not HTML: nothing loads, nothing frames them. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** One year, the value HSTS preload lists ask for. */
export const HSTS = "max-age=31536000";

type HeaderList = readonly (readonly [string, string])[];

const ALWAYS: HeaderList = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["Cross-Origin-Resource-Policy", "cross-origin"],
];
const NOT_HTML: HeaderList = [
  ["Content-Security-Policy", DEFAULT_CSP],
  ["X-Frame-Options", "DENY"],
];
const OVER_HTTPS: HeaderList = [["Strict-Transport-Security", HSTS]];

const isHtml = (contentType: string) => /^\s*text\/html\b/i.test(contentType);

/** The security headers a response of `contentType` (null: no content) gets, unless it set its own. */
export function securityDefaults(contentType: string | null, https: boolean): HeaderList {
  return [...ALWAYS, ...(contentType !== null && !isHtml(contentType) ? NOT_HTML : []), ...(https ? OVER_HTTPS : [])];
}

/** Adds the security headers to a response's `headers`; `nosniff` even over a route's own value. */
export function applySecurityHeaders(headers: Headers, https: boolean): void {
  headers.set("X-Content-Type-Options", "nosniff");
  for (const [name, value] of securityDefaults(headers.get("Content-Type"), https))
    if (!headers.has(name)) headers.set(name, value);
}
