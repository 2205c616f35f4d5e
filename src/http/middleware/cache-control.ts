/**
 * @module Cache-Control for every response (RFC 9111 §5.2.2). The data changes only when the
 * worker is deployed again, so a successful read may be kept: briefly by browsers (they then
 * revalidate with If-None-Match, a cheap 304), longer by shared caches, and served stale while
 * a cache refetches it or when the origin fails. Errors are never stored (a 404 for a contact
 * about to be published must not outlive the deploy), nor is what answers a POST. A route
 * that sets its own Cache-Control on a success keeps it.
 */

/** Browsers: 5 minutes; shared caches: 1 hour; stale for a day while revalidating or on errors. */
export const READ_CACHE_CONTROL =
  "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=86400";
/** Errors and answers to other methods than GET and HEAD. */
export const NO_STORE = "no-store";

// RFC 9110 §15.1: statuses cacheable by default; of those, the ones a read answers here.
const CACHEABLE_SUCCESS = new Set([200, 203, 204, 300, 301, 308]);

/** The Cache-Control of an answer to `method` with `status`, when the route set none. */
export function cacheControlFor(method: string, status: number): string {
  const read = method === "GET" || method === "HEAD";
  return read && CACHEABLE_SUCCESS.has(status) ? READ_CACHE_CONTROL : NO_STORE;
}

/** Sets Cache-Control on `res`: no-store on every error, the route's own or the default otherwise. */
export function applyCacheControl(method: string, res: Response): void {
  const { status, headers } = res;
  if (status >= 400) headers.set("Cache-Control", NO_STORE);
  else if (!headers.has("Cache-Control")) headers.set("Cache-Control", cacheControlFor(method, status));
}
