/**
 * @module Representations computed once: a body with its media type and strong entity tag,
 * kept per contact (a WeakMap: a bundled contact lives as long as the isolate) and variant
 * (format, origin), so a request costs a lookup, not a serialisation and a digest. A route
 * that sends one sets `ETag` itself and the conditional-request middleware only compares.
 */
import type { Context } from "hono";
import { strongEntityTag, type EntityTag } from "./etag";

/** A response body ready to send. */
export interface Representation {
  readonly body: string;
  /** The full `Content-Type` value. */
  readonly contentType: string;
  readonly etag: EntityTag;
}

/** Builds a representation (digesting its body once). */
export async function makeRepresentation(body: string, contentType: string): Promise<Representation> {
  return { body, contentType, etag: await strongEntityTag(body) };
}

/**
 * Variants kept per object at most: the variant key may hold the request's origin, which the
 * client chooses (the Host header), so the map must not grow without bound.
 */
export const VARIANTS_PER_OBJECT = 16;

/** A memo of representations per object and variant key. */
export interface RepresentationCache<K extends object> {
  /** The representation of `key` in `variant`, built by `build` the first time. */
  get(key: K, variant: string, build: () => { body: string; contentType: string }): Promise<Representation>;
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
        const { body, contentType } = build();
        found = makeRepresentation(body, contentType);
        variants.set(variant, found);
      }
      return found;
    },
  };
}

/** The response carrying `representation`, its ETag set so that no digest is made again. */
export function sendRepresentation(
  c: Context,
  representation: Representation,
  headers: Record<string, string> = {},
): Response {
  return c.body(representation.body, 200, {
    "Content-Type": representation.contentType,
    ETag: representation.etag,
    ...headers,
  });
}
