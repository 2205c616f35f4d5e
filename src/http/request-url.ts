/**
 * @module Parts of a request's URL read without parsing all of it: the hot routes need only
 * the origin (for links) and the query, and a full `new URL` costs more than the rest of a
 * cached answer. The URL is a Request's, already serialised by the runtime (WHATWG URL), so
 * its scheme and host are in canonical form; anything unusual falls back to `new URL`.
 */

/** The query of `url` without its `?` (and without a fragment): "" when there is none. */
export function queryOf(url: string): string {
  // The fragment first: a "?" inside it is not a query.
  const hash = url.indexOf("#");
  const end = hash < 0 ? url.length : hash;
  const start = url.indexOf("?");
  return start < 0 || start > end ? "" : url.slice(start + 1, end);
}

/** The origin of `url` (`scheme://host[:port]`), as `new URL(url).origin` gives it. */
export function originOf(url: string): string {
  const authority = url.indexOf("//");
  const path = url.indexOf("/", authority + 2);
  const origin = path < 0 ? url : url.slice(0, path);
  // User info, a query or fragment straight after the host, or an odd scheme: let URL decide.
  const plain =
    (url.startsWith("http://") || url.startsWith("https://")) &&
    !origin.includes("@") &&
    !origin.includes("?") &&
    !origin.includes("#");
  return plain ? origin : new URL(url).origin;
}
