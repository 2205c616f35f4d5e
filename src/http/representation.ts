/**
 * @module Representations computed once: a body with its media type, strong entity tag and
 * the route's own headers (a download's name, `Vary`), kept per contact (a WeakMap: a bundled
 * contact lives as long as the isolate) and variant (format, origin), so a request costs a
 * lookup, not a serialisation and a digest. Sent sealed (./middleware/http-core.ts): the HTTP
 * core only evaluates the request's preconditions on it.
 */
import type { Context } from "hono";
import { strongEntityTag, type EntityTag } from "./etag";
import { sealedResponse } from "./middleware/http-core";

/** A response body ready to send. */
export interface Representation {
  readonly body: string;
  /** The body in UTF-8, encoded once. */
  readonly bytes: Uint8Array;
  /** The full `Content-Type` value. */
  readonly contentType: string;
  readonly etag: EntityTag;
  /** The route's own headers, sent with it (they win over the HTTP core's). */
  readonly headers: Readonly<Record<string, string>>;
}

/** What a route builds a representation from. */
export interface RepresentationSource {
  readonly body: string;
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Builds a representation (encoding and digesting its body once). */
export async function makeRepresentation({
  body,
  contentType,
  headers = {},
}: RepresentationSource): Promise<Representation> {
  const bytes = new TextEncoder().encode(body);
  return { body, bytes, contentType, etag: await strongEntityTag(bytes), headers };
}

/**
 * Variants kept per object at most: the variant key may hold the request's origin, which the
 * client chooses (the Host header), so the map must not grow without bound.
 */
export const VARIANTS_PER_OBJECT = 16;

/** A memo of representations per object and variant key. */
export interface RepresentationCache<K extends object> {
  /** The representation of `key` in `variant`, built by `build` the first time. */
  get(key: K, variant: string, build: () => RepresentationSource): Promise<Representation>;
}

/** A new, empty cache. */
export function createRepresentationCache<K extends object>(): RepresentationCache<K> {
  const cache = new WeakMap<K, Map<string, Promise<Representation>>>();
  return {
    get(key, variant, build) {
      let variants = cache.get(key);
      if (!variants) cache.set(key, (variants = new Map()));
      let found = variants.get(variant);
      if (!found) {
        // Oldest first out: Map keeps insertion order.
        if (variants.size >= VARIANTS_PER_OBJECT) variants.delete(variants.keys().next().value!);
        found = makeRepresentation(build());
        variants.set(variant, found);
      }
      return found;
    },
  };
}

/** The response carrying `representation`, sealed: its headers are made once, with it. */
export function sendRepresentation(c: Context, representation: Representation): Response {
  return sealedResponse(c, representation);
}
