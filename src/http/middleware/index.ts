/**
 * @module The HTTP core every route shares, registered once in `app.ts`. Re-exports only.
 */
export { cacheControl, NO_STORE, READ_CACHE_CONTROL } from "./cache-control";
export { conditionalRequests, MAX_DIGEST_BYTES } from "./conditional";
export { cors, EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_SECONDS } from "./cors";
export { routeFallback } from "./route-fallback";
export { DEFAULT_CSP, HSTS, securityHeaders } from "./security-headers";
