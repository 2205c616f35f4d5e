/**
 * @module Representations computed once: a body with its media type and strong entity tag,
 * kept per contact (a WeakMap: a bundled contact lives as long as the isolate) and variant
 * (format, origin), so a request costs a lookup, not a serialisation and a digest. A route
 * that sends one sets `ETag` itself and the conditional-request middleware only compares.
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
}

/** Builds a representation (digesting its body once). */
export async function makeRepresentation(body: string, contentType: string): Promise<Representation> {
  const bytes = new TextEncoder().encode(body);
  return { body, bytes, contentType, etag: await strongEntityTag(bytes) };
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

/**
 * The response carrying `representation`: sealed, its headers made in one go with the ETag,
 * so that the HTTP core neither digests it again nor adds headers one by one.
 */
export function sendRepresentation(
  c: Context,
  representation: Representation,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return sealedResponse(c, representation.bytes, representation.contentType, representation.etag, headers);
}
