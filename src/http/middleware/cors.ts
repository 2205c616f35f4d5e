/**
 * @module CORS (the Fetch Standard's CORS protocol): the service is public and sends no
 * credentials-bound data, so any origin may read every response, errors included (a script
 * needs the problem details too). `Access-Control-Allow-Origin: *` needs no `Vary: Origin`.
 * Preflights are answered by the route fallback (./route-fallback.ts), which knows the
 * methods of each path.
 */
import type { MiddlewareHandler } from "hono";

/** Response headers a script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = ["ETag", "Link", "Content-Disposition", "Content-Location", "Allow"];
/** How long a browser may keep a preflight's answer (browsers cap it: Chromium at 2 hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 86400;

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

/** The middleware: every response readable from any origin. */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has("Access-Control-Allow-Origin")) headers.set("Access-Control-Allow-Origin", "*");
    if (!headers.has("Access-Control-Expose-Headers"))
      headers.set("Access-Control-Expose-Headers", EXPOSED_HEADERS.join(", "));
  };
}
