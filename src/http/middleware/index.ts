/**
 * @module The HTTP core every route shares, registered once in `app.ts`. Re-exports only.
 */
export { NO_STORE, READ_CACHE_CONTROL } from "./cache-control";
export { conditionalRequests, MAX_DIGEST_BYTES } from "./conditional";
export { EXPOSED_HEADERS, PREFLIGHT_MAX_AGE_SECONDS } from "./cors";
export { httpCore, sealedResponse } from "./http-core";
export { routeFallback } from "./route-fallback";
export { DEFAULT_CSP, HSTS } from "./security-headers";
