/**
 * @module Cache-Control for every response (RFC 9111 §5.2.2). The data changes only when the
 * worker is deployed again, so a successful read may be kept: briefly by browsers (they then
 * revalidate with If-None-Match, a cheap 304), longer by shared caches, and served stale while
 * a cache refetches it or when the origin fails. Errors are never stored (a 404 for a contact
 * about to be published must not outlive the deploy), nor is what answers a POST. A route
 * that sets its own Cache-Control on a success keeps it.
 */
import type { MiddlewareHandler } from "hono";

/** Browsers: 5 minutes; shared caches: 1 hour; stale for a day while revalidating or on errors. */
export const READ_CACHE_CONTROL =
  "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400";
/** Errors and answers to other methods than GET and HEAD. */
export const NO_STORE = "no-store";

// RFC 9110 §15.1: statuses cacheable by default; of those, the ones a read answers here.
const CACHEABLE_SUCCESS = new Set([200, 203, 204, 300, 301, 308]);

/** The middleware. */
export function cacheControl(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const { status, headers } = c.res;
    if (status >= 400) {
      headers.set("Cache-Control", NO_STORE);
      return;
    }
    if (headers.has("Cache-Control")) return;
    const read = c.req.method === "GET" || c.req.method === "HEAD";
    headers.set("Cache-Control", read && CACHEABLE_SUCCESS.has(status) ? READ_CACHE_CONTROL : NO_STORE);
  };
}
