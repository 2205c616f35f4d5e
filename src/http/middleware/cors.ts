/**
 * @module CORS (the Fetch Standard's CORS protocol): the service is public and sends no
 * credentials-bound data, so any origin may read every response, errors included (a script
 * needs the problem details too). `Access-Control-Allow-Origin: *` needs no `Vary: Origin`.
 * Preflights are answered by the route fallback (./route-fallback.ts), which knows the
 * methods of each path.
 */

/** Response headers a script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = ["ETag", "Link", "Content-Disposition", "Content-Location", "Allow"];
/** How long a browser may keep a preflight's answer (browsers cap it: Chromium at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 86400;

/** The CORS headers of every response, unless a route set its own. */
export const CORS_HEADERS: readonly (readonly [string, string])[] = [
  ["Access-Control-Allow-Origin", "*"],
  ["Access-Control-Expose-Headers", EXPOSED_HEADERS.join(", ")],
];

// RFC 9110 §5.6.2 token, in a comma-separated list (Access-Control-Request-Headers).
const HEADER_LIST = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*\s*$/;

/** The headers of a preflight's answer: the methods of the path, and the headers asked for. */
export function preflightHeaders(
  allowed: readonly string[],
  requestHeaders: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {
    "Access-Control-Allow-Methods": allowed.join(", "),
    "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
  };
  // No credentials are ever allowed, so any request header may be sent: echo the list asked for.
  if (requestHeaders !== undefined && HEADER_LIST.test(requestHeaders))
    headers["Access-Control-Allow-Headers"] = requestHeaders.trim();
  return headers;
}

/** Makes a response readable from any origin, keeping what a route set itself. */
export function applyCors(headers: Headers): void {
  for (const [name, value] of CORS_HEADERS) if (!headers.has(name)) headers.set(name, value);
}
