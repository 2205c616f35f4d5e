/**
 * @module What answers when no route does: Hono's not-found handler, made to tell apart a
 * path that does not exist (404) from a path that exists but not for this method (405 with
 * `Allow`, RFC 9110 §15.5.6), and to answer OPTIONS (§9.3.7) and CORS preflights for every
 * path that exists. Works for every route of the app, whoever registered it: the table is
 * read from the app's routes on first use, once all are registered.
 */
import type { Context, NotFoundHandler } from "hono";
import { problemResponse } from "../problem";
import { createRouteTable, type RouteEntry, type RouteTable } from "../route-table";
import { preflightHeaders } from "./cors";

/** The not-found handler over the routes `routes()` returns (an app's `routes`). */
export function routeFallback(routes: () => readonly RouteEntry[]): NotFoundHandler {
  let table: RouteTable | undefined;
  return (c: Context) => {
    table ??= createRouteTable(routes());
    const path = c.req.path;
    const allowed = table.allowedMethods(path);
    // The path as sent (percent-encoded), as the client wrote it.
    if (allowed.length === 0)
      return problemResponse(c, {
        title: "Not Found",
        status: 404,
        detail: `There is nothing at ${new URL(c.req.url).pathname}.`,
      });

    const allow = allowed.join(", ");
    if (c.req.method === "OPTIONS") {
      const preflight =
        c.req.header("Origin") !== undefined && c.req.header("Access-Control-Request-Method") !== undefined;
      const headers = preflight ? preflightHeaders(allowed, c.req.header("Access-Control-Request-Headers")) : {};
      return c.body(null, 204, { Allow: allow, ...headers });
    }
    return problemResponse(
      c,
      { title: "Method Not Allowed", status: 405, detail: `${path} answers ${allow}, not ${c.req.method}.`, allowed },
      { Allow: allow },
    );
  };
}
