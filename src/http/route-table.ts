/**
 * @module Which methods a path answers, read from the routes the app registered (whoever
 * registered them): the 405's `Allow` (RFC 9110 §10.2.1, §15.5.6), the answer to OPTIONS
 * (§9.3.7) and the methods a CORS preflight may use. Middleware (registered for every method)
 * is left out: it answers no path by itself.
 */
import { PatternRouter } from "hono/router/pattern-router";

/** A registered route as Hono lists it (`app.routes`). */
export interface RouteEntry {
  readonly method: string;
  readonly path: string;
}

/** The methods a path answers. */
export interface RouteTable {
  /** The methods `path` answers, HEAD with GET and OPTIONS with any, in a stable order; empty when none. */
  allowedMethods(path: string): readonly string[];
}

const ORDER = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const rank = (method: string) => (ORDER.includes(method) ? ORDER.indexOf(method) : ORDER.length);

/** The table of `routes` (Hono's "ALL" entries, i.e. middleware, are skipped). */
export function createRouteTable(routes: readonly RouteEntry[]): RouteTable {
  const router = new PatternRouter<true>();
  const methods = new Set<string>();
  for (const { method, path } of routes) {
    if (method === "ALL") continue;
    router.add(method, path, true);
    methods.add(method);
  }
  return {
    allowedMethods(path) {
      const allowed = new Set<string>();
      for (const method of methods) if (router.match(method, path)[0].length > 0) allowed.add(method);
      if (allowed.size === 0) return [];
      // RFC 9110 §9.3.2: HEAD is answered wherever GET is (Hono runs the GET handler).
      if (allowed.has("GET")) allowed.add("HEAD");
      allowed.add("OPTIONS");
      return [...allowed].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    },
  };
}
