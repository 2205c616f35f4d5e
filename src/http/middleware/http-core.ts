/**
 * @module The HTTP core as one middleware around every route: after the route, Cache-Control
 * (./cache-control.ts), then ETag and the preconditions (./conditional.ts), then CORS
 * (./cors.ts) and the security headers (./security-headers.ts) on whatever comes out, errors
 * and 304s included.
 *
 * The hot reads (a card, a contact, a search page) are sent from representations made once;
 * for those, every header the core would add is known in advance, so the route sends a
 * *sealed* response ({@link sealedResponse}) whose headers are built in one go, and the core
 * only evaluates its preconditions. One middleware instead of four, and no header looked up
 * one at a time, is most of what separates the app's speed from a constant's (`npm run bench`).
 */
import type { Context, MiddlewareHandler } from "hono";
import { applyCacheControl, READ_CACHE_CONTROL } from "./cache-control";
import { evaluateConditions, MAX_DIGEST_BYTES } from "./conditional";
import { applyCors, CORS_HEADERS } from "./cors";
import { applySecurityHeaders, securityDefaults } from "./security-headers";

type HeaderList = readonly (readonly [string, string])[];

/** What a sealed response was made of: enough to make the same response again. */
export interface SealedParts {
  readonly body: Uint8Array;
  readonly headers: readonly (readonly [string, string])[];
}

// Responses whose headers are already what the core would make of them, with their parts.
const sealed = new WeakMap<Response, SealedParts>();

/** The parts of `res` if it is a sealed response the core has passed on unchanged. */
export const sealedParts = (res: Response): SealedParts | undefined => sealed.get(res);

/** Whether the request came over HTTPS (the URL's scheme is lower case once parsed). */
const overHttps = (c: Context) => c.req.url.startsWith("https:");

const readHeaderMemo = new Map<string, HeaderList>();

// The names of every header the core may add, lower case.
const CORE_NAMES = new Set(
  [
    "ETag",
    "Content-Type",
    "Cache-Control",
    ...CORS_HEADERS.map(([name]) => name),
    ...securityDefaults("", true).map(([name]) => name),
  ].map((name) => name.toLowerCase()),
);

/** Every header the core gives a 200 read of `contentType`, computed once per type and scheme. */
function readHeaders(contentType: string, https: boolean): HeaderList {
  const key = `${https ? "s" : ""} ${contentType}`;
  let headers = readHeaderMemo.get(key);
  if (!headers) {
    headers = [
      ["Content-Type", contentType],
      ["Cache-Control", READ_CACHE_CONTROL],
      ...CORS_HEADERS,
      ...securityDefaults(contentType, https),
    ];
    // The types are the app's own few, never the client's: the memo stays this small.
    readHeaderMemo.set(key, headers);
  }
  return headers;
}

/**
 * A 200 answer to a GET or HEAD, with every header the core would add (and `ETag`, so
 * nothing is digested); `own` headers are the route's and win over the core's.
 */
export function sealedResponse(
  c: Context,
  body: Uint8Array,
  contentType: string,
  etag: string,
  own: Readonly<Record<string, string>> = {},
): Response {
  // Only a read's headers are known in advance; anything else goes through the core as usual.
  const read = c.req.method === "GET" || c.req.method === "HEAD";
  if (!read) return new Response(body, { status: 200, headers: { "Content-Type": contentType, ETag: etag, ...own } });
  let core = readHeaders(contentType, overHttps(c));
  const ownHeaders = Object.entries(own);
  // Rare: a route that sets a header of the core's (none does on these routes today).
  if (ownHeaders.some(([name]) => CORE_NAMES.has(name.toLowerCase()))) {
    const ownNames = new Set(ownHeaders.map(([name]) => name.toLowerCase()));
    core = core.filter(([name]) => !ownNames.has(name.toLowerCase()));
  }
  const headers = [["ETag", etag], ...core, ...ownHeaders] as [string, string][];
  const res = new Response(body, { status: 200, headers });
  sealed.set(res, { body, headers });
  return res;
}

/** Options of {@link httpCore}. */
export interface HttpCoreOptions {
  /** How much of a body is read to tag it (./conditional.ts). */
  readonly maxDigestBytes?: number;
}

/** The middleware. */
export function httpCore(options: HttpCoreOptions = {}): MiddlewareHandler {
  const limit = options.maxDigestBytes ?? MAX_DIGEST_BYTES;
  return async (c, next) => {
    await next();
    const answered = c.res;
    const isSealed = sealed.has(answered);
    if (!isSealed) applyCacheControl(c.req.method, answered);
    await evaluateConditions(c, limit);
    // A 304 or 412 replaces a sealed answer: it gets the headers like any other.
    if (isSealed && c.res === answered) return;
    const headers = c.res.headers;
    applyCors(headers);
    applySecurityHeaders(headers, overHttps(c));
  };
}
