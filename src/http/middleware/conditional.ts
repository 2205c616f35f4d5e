/**
 * @module Conditional GET and HEAD (RFC 9110 §13): every 200 gets a strong `ETag` (the
 * route's own, when it computed one once; otherwise a digest of the body), then `If-Match`
 * and `If-None-Match` are evaluated in the order of §13.2.2: a failed If-Match is a 412, a
 * matching If-None-Match a 304. Bodies longer than `maxDigestBytes` (a large streamed
 * export) are passed on as they stream, without a tag, rather than held in memory; a
 * streamed route that knows its version (a store version and a query) can set its own ETag
 * and is passed through untouched.
 */
import type { Context, MiddlewareHandler } from "hono";
import { concatChunks, readAtMost } from "../bytes";
import { conditionMatches, strongEntityTag, type EntityTag } from "../etag";
import { problemResponse } from "../problem";
import { replaceResponse } from "./replace-response";

/** How much of a body the middleware reads to tag it: more than any card or page. */
export const MAX_DIGEST_BYTES = 1024 * 1024;

// RFC 9110 §15.4.5: a 304 carries the fields a 200 would have sent among these.
const NOT_MODIFIED_FIELDS = ["Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary"];

/** Reads the body into memory and tags it, or re-streams it untagged past `limit` bytes. */
async function tagBody(c: Context, limit: number): Promise<EntityTag | undefined> {
  const res = c.res;
  const read = await readAtMost(res.body, limit);
  const { chunks } = read;
  if (!read.complete) {
    const rest = read.rest;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
      },
      async pull(controller) {
        const next = await rest.read();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      cancel: (reason) => rest.cancel(reason),
    });
    replaceResponse(c, new Response(stream, res));
    return undefined;
  }
  const digestible = concatChunks(chunks);
  const etag = await strongEntityTag(digestible);
  // A body that came in pieces goes out in the same pieces: a streamed export keeps its
  // chunk boundaries (each ends on a whole UTF-8 character) for whoever reads it as a stream.
  const body = chunks.length <= 1 ? digestible : replay(chunks);
  const tagged = new Response(body, res);
  tagged.headers.set("ETag", etag);
  replaceResponse(c, tagged);
  return etag;
}

/** A stream of `chunks`, one after another. */
function replay(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** The 304 for `res` (RFC 9110 §15.4.5). */
function notModified(res: Response): Response {
  const headers = new Headers();
  for (const name of NOT_MODIFIED_FIELDS) {
    const value = res.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(null, { status: 304, headers });
}

/** Options of {@link conditionalRequests}. */
export interface ConditionalOptions {
  readonly maxDigestBytes?: number;
}

/**
 * Tags the route's answer and evaluates the request's preconditions on it: ETag on every 200
 * to GET or HEAD, then 304 and 412 as RFC 9110 §13 says (the answer replaced in `c`).
 */
export async function evaluateConditions(c: Context, limit = MAX_DIGEST_BYTES): Promise<void> {
  // §13.1.1, §13.1.2: only a 2xx is subject to the preconditions; only GET and HEAD get a
  // 304. POST /v1/validate answers about the request, not a stored representation.
  if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200) return;
  const etag = c.res.headers.get("ETag") ?? (await tagBody(c, limit));
  if (etag === undefined) return;

  const ifMatch = c.req.header("If-Match");
  if (ifMatch !== undefined && !conditionMatches(ifMatch, etag, "strong")) {
    replaceResponse(
      c,
      problemResponse(c, {
        title: "Precondition Failed",
        status: 412,
        detail: `If-Match is ${JSON.stringify(ifMatch.slice(0, 200))}, but the current representation is ${etag}.`,
      }),
    );
    return;
  }
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch !== undefined && conditionMatches(ifNoneMatch, etag, "weak")) replaceResponse(c, notModified(c.res));
}

/** The same as a middleware of its own. */
export function conditionalRequests(options: ConditionalOptions = {}): MiddlewareHandler {
  const limit = options.maxDigestBytes ?? MAX_DIGEST_BYTES;
  return async (c, next) => {
    await next();
    await evaluateConditions(c, limit);
  };
}
