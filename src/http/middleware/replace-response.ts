/**
 * @module Replacing the response a middleware has been handed. Hono's `c.res = …` copies the
 * old response's headers onto the new one (so that headers set with `c.header()` survive);
 * a 304 or a 412 must not inherit a 200's `Content-Disposition` or `Content-Length`, so the
 * old response is let go first.
 */
import type { Context } from "hono";

/** Makes `res` the response, without any header of the one it replaces. */
export function replaceResponse(c: Context, res: Response): void {
  c.res = undefined;
  c.res = res;
}
