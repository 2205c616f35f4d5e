/**
 * @module Answers kept by the isolate. The data changes only with a deploy, so the answer to a
 * GET is the same every time for the same URL and Accept, and the popular ones (the office's
 * card behind a "Download" button, its JSON on a website) are asked for again and again. A GET
 * whose answer was a sealed representation (src/http/middleware/http-core.ts: made from the
 * data alone, every header final, `Vary` at most `Accept`) is kept here as bytes and headers;
 * the next identical GET is answered from them without running the app, which is as little
 * work as a worker can do for it (`npm run bench`, workerd lines).
 *
 * Only what cannot differ is answered from here: a request with a precondition or a range
 * goes to the app (it decides 304 and 412), as does any other method; a kept answer is keyed
 * by the full URL (scheme and host included: links and HSTS depend on them) and the Accept
 * value. The memo is bounded in answers and bytes, least recently used out, so clients that
 * invent URLs cannot grow it.
 */
import { sealedParts, type SealedParts } from "./middleware/http-core";

/** Bounds of the memo. */
export interface AnswerMemoOptions {
  /** Answers kept at most (default 256). */
  readonly entries?: number;
  /** Bytes of bodies kept at most, all answers together (default 4 MiB). */
  readonly bytes?: number;
  /** A longer body is never kept (default 256 KiB). */
  readonly maxBodyBytes?: number;
}

/** Something that answers requests, as a Worker's default export does. */
export interface FetchHandler<E, C> {
  fetch(request: Request, env: E, ctx: C): Response | Promise<Response>;
}

// Request fields that make an answer depend on more than the URL and Accept.
const CONDITIONAL = ["If-None-Match", "If-Match", "If-Modified-Since", "If-Unmodified-Since", "If-Range", "Range"];

// A key holds what the client sent: longer ones are not kept.
const MAX_KEY_LENGTH = 2048;

/** The memo's key for `request`, or undefined when its answer must come from the app. */
function keyOf(request: Request): string | undefined {
  if (request.method !== "GET") return undefined;
  const headers = request.headers;
  for (const name of CONDITIONAL) if (headers.has(name)) return undefined;
  // "\n" cannot occur in a URL or a header value, and an absent Accept is told from an empty one.
  const accept = headers.get("Accept");
  const key = `${request.url}\n${accept === null ? "-" : `=${accept}`}`;
  return key.length <= MAX_KEY_LENGTH ? key : undefined;
}

/** Whether an answer's `Vary` lets it be reused by URL and Accept alone. */
const variesOnAcceptAtMost = (headers: readonly (readonly [string, string])[]) =>
  headers.every(
    ([name, value]) =>
      name.toLowerCase() !== "vary" ||
      value.split(",").every((field) => ["accept", ""].includes(field.trim().toLowerCase())),
  );

/** `handler` with the answers to repeated GETs kept and sent again. */
export function withAnswerMemo<E, C>(handler: FetchHandler<E, C>, options: AnswerMemoOptions = {}): FetchHandler<E, C> {
  const { entries = 256, bytes = 4 * 1024 * 1024, maxBodyBytes = 256 * 1024 } = options;
  const kept = new Map<string, SealedParts>();
  let keptBytes = 0;

  const keep = (key: string, parts: SealedParts) => {
    if (parts.body.byteLength > maxBodyBytes || !variesOnAcceptAtMost(parts.headers)) return;
    kept.set(key, parts);
    keptBytes += parts.body.byteLength;
    // Least recently used first out: Map keeps insertion order, and a hit moves to the end.
    for (const [oldest, old] of kept) {
      if (kept.size <= entries && keptBytes <= bytes) break;
      kept.delete(oldest);
      keptBytes -= old.body.byteLength;
    }
  };

  return {
    async fetch(request, env, ctx) {
      const key = keyOf(request);
      if (key === undefined) return handler.fetch(request, env, ctx);
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return new Response(hit.body, { status: 200, headers: hit.headers as [string, string][] });
      }
      const res = await handler.fetch(request, env, ctx);
      const parts = sealedParts(res);
      if (parts && res.status === 200) keep(key, parts);
      return res;
    },
  };
}
