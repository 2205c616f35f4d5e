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

/** Every header the core gives a 200 read of `contentType`. */
const readHeaders = (contentType: string, https: boolean): HeaderList => [
  ["Content-Type", contentType],
  ["Cache-Control", READ_CACHE_CONTROL],
  ...CORS_HEADERS,
  ...securityDefaults(contentType, https),
];

/** What a sealed response is made from: a representation (src/http/representation.ts). */
export interface Sealable {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly etag: string;
  /** The route's own headers: they win over the core's. */
  readonly headers: Readonly<Record<string, string>>;
}

// The parts of each sealable, over HTTP and over HTTPS, made on first use.
const partsMemo = new WeakMap<Sealable, { http?: SealedParts; https?: SealedParts }>();

/** The parts of a sealed response of `what`: every header, built once. */
function partsOf(what: Sealable, https: boolean): SealedParts {
  let both = partsMemo.get(what);
  if (!both) partsMemo.set(what, (both = {}));
  const scheme = https ? "https" : "http";
  let parts = both[scheme];
  if (!parts) {
    const own = Object.entries(what.headers);
    const ownNames = new Set(own.map(([name]) => name.toLowerCase()));
    const core = readHeaders(what.contentType, https).filter(([name]) => !ownNames.has(name.toLowerCase()));
    parts = both[scheme] = { body: what.bytes, headers: [["ETag", what.etag], ...core, ...own] };
  }
  return parts;
}

/**
 * A 200 answer to a GET or HEAD carrying `what`, with every header the core would add (and
 * `ETag`, so nothing is digested), made once per representation and scheme. To another
 * method it is an ordinary answer, which the core completes as usual.
 */
export function sealedResponse(c: Context, what: Sealable): Response {
  const read = c.req.method === "GET" || c.req.method === "HEAD";
  if (!read)
    return new Response(what.bytes, {
      status: 200,
      headers: { "Content-Type": what.contentType, ETag: what.etag, ...what.headers },
    });
  const parts = partsOf(what, overHttps(c));
  const res = new Response(parts.body, { status: 200, headers: parts.headers as [string, string][] });
  sealed.set(res, parts);
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
