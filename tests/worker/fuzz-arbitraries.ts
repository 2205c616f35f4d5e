/**
 * fast-check arbitraries of hostile HTTP requests for the fuzz tests: methods, hosts, paths
 * built from the service's own routes and junk (percent-encoded CR/LF and NUL, broken UTF-8,
 * dot segments, very long segments), query strings with the parameters the routes read,
 * headers a client may send (Accept, conditionals, CORS, Range, content headers, …) and
 * bodies. Every piece of text may carry the `CANARY`, so that a test can find it reflected.
 */
import fc from "fast-check";
import { contactPaths, DIRECTORY_PATHS } from "../../src/model/urls";

/**
 * Marks input that must never reach an HTML page unescaped: each character markup gives a
 * meaning to sits between two "Zq", so finding `Zq"Zq` (not `Zq&quot;Zq`) in a page means
 * the request's text was written raw. `<zq>` would be a tag made by the request.
 */
export const CANARY = `Zq"Zq'Zq<Zq>Zq&Zq<zq>`;
/** The canary percent-encoded with a line break: `%0D%0ASet-Cookie:zq=1` in a path or query. */
export const CRLF_CANARY = "\r\nSet-Cookie: zq=1\r\nX-Zq: ";

/** One request. */
export interface FuzzRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
}

const ID = "beijing-office";
const paths = contactPaths(ID);
const ROUTE_PREFIXES = [
  ...Object.values(DIRECTORY_PATHS),
  ...Object.values(paths),
  `${paths.page}/embed`,
  "/v1",
  "/v1/",
  "/v1/contacts/",
  "/contacts/",
  "/favicon.ico",
  "/robots.txt",
];

/** Text with every kind of trouble: controls, quotes, markup, CJK, emoji, lone surrogates. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
  fc.string({ unit: "binary", maxLength: 10 }),
  fc.constantFrom(
    CANARY,
    CRLF_CANARY,
    "<script>zq</script>",
    "javascript:zq",
    `Zq'Zq onmouseover='Zq`,
    "\u0000",
    "\uD800",
    "北京",
    "Ｚ",
    "..",
    "%",
  ),
);

const segment = fc.oneof(
  hostileText.map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, "?"))),
  fc.constantFrom(
    "%0D%0A",
    "%0a",
    "%00",
    "%FF",
    "%E4%B8",
    "%2F",
    "%2e%2e",
    "..",
    ".",
    ID,
    `${ID}.vcf`,
    "qr.svg",
    "embed",
    "x".repeat(500),
  ),
  fc.stringMatching(/^[a-z0-9-]{1,70}$/),
);

/** A path: a route of the service, maybe followed by more segments. */
export const path = fc
  .tuple(fc.constantFrom(...ROUTE_PREFIXES), fc.array(segment, { maxLength: 3 }), fc.boolean())
  .map(
    ([prefix, rest, slash]) =>
      `${prefix}${rest.length ? (prefix.endsWith("/") ? "" : "/") + rest.join("/") : ""}${slash ? "/" : ""}`,
  );

const PARAMS = [
  "q",
  "kind",
  "tag",
  "limit",
  "cursor",
  "format",
  "version",
  "content",
  "lang",
  "callback",
  "utm_source",
];
const paramValue = fc.oneof(
  hostileText,
  fc.constantFrom(
    "3.0",
    "4.0",
    "json",
    "jscontact",
    "jcard",
    "vcard",
    "url",
    "office",
    "person",
    "0",
    "1",
    "100",
    "101",
    "-1",
    "1e3",
    "beijing",
    "MA",
    "20",
    "",
  ),
);

/** A query string (without "?"), names and values percent-encoded as a form would, or raw junk. */
export const query = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), hostileText), paramValue), { maxLength: 5 })
    .map((pairs) =>
      pairs
        .map(
          ([k, v]) =>
            `${encodeURIComponent(k.replace(/[\uD800-\uDFFF]/g, "?"))}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, "?"))}`,
        )
        .join("&"),
    ),
  fc.constantFrom("q=%0D%0ASet-Cookie:zq", "q=%", "q=%E4", "limit=1&limit=2", "&&&", "=", "q", "cursor=%00"),
);

/** A header value the Fetch API accepts (no CR, LF or NUL; Latin-1 only). */
const headerValue = (specials: readonly string[] = []) =>
  fc.oneof(
    fc.string({ maxLength: 60 }).map((s) => s.replace(/[^\x09\x20-\x7e]/g, "")),
    fc.string({ unit: "binary", maxLength: 30 }).map((s) => s.replace(/[^\x09\x20-\x7e\x80-\xff]/g, "").trim()),
    fc.constant(CANARY),
    ...(specials.length ? [fc.constantFrom(...specials)] : []),
  );

const mediaRange = fc.oneof(
  fc.constantFrom(
    "*/*",
    "text/html",
    "application/json",
    "application/jscontact+json",
    "application/vcard+json",
    "text/vcard",
    "image/svg+xml",
    "application/problem+json",
    "text/*",
    "application/*",
  ),
  fc.stringMatching(/^[a-z*]{1,8}\/[a-z0-9.+*-]{1,12}$/),
);
const accept = fc.oneof(
  fc
    .array(
      fc.tuple(
        mediaRange,
        fc.option(fc.constantFrom("version=4.0", "version=3.0", "version=1.0", "charset=utf-8", 'x="a,b"', "level=1")),
        fc.option(fc.constantFrom("0", "0.5", "1", "1.000", "0.001", "2", "-1", "abc")),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((ranges) =>
      ranges.map(([r, p, q]) => [r, p, q === null ? null : `q=${q}`].filter(Boolean).join(";")).join(", "),
    ),
  headerValue(["", ",", ";q=1", 'text/html;x="', "*/*;q=0"]),
);

const etag = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/).map((t) => `"${t}"`),
  fc.constantFrom("*", 'W/"x"', '"', '""', "W/", '"a", W/"b"'),
);

/** The headers of a request: any subset of those the service reads, and a few it does not. */
export const headers = fc.record(
  {
    Accept: accept,
    "Accept-Language": headerValue(["zh-Hans", "en", "zh-CN,zh;q=0.9", "*"]),
    "Accept-Encoding": headerValue(["gzip", "br", "identity;q=0", "*;q=0"]),
    "If-None-Match": fc.oneof(etag, headerValue()),
    "If-Match": fc.oneof(etag, headerValue()),
    "If-Modified-Since": headerValue(["Thu, 01 Jan 1970 00:00:00 GMT", "yesterday"]),
    Range: headerValue([
      "bytes=0-10",
      "bytes=-5",
      "bytes=5-",
      "bytes=10-0",
      "bytes=0-0,2-3",
      "lines=1-2",
      "bytes=99999999999999999999-",
    ]),
    Origin: headerValue(["https://site.example", "null", "http://localhost:8787"]),
    "Access-Control-Request-Method": headerValue(["GET", "POST", "DELETE", "PUT"]),
    "Access-Control-Request-Headers": headerValue(["content-type", "x-a, x-b", "if-none-match"]),
    "Content-Type": headerValue([
      "application/json",
      "application/json; charset=utf-16",
      "text/plain",
      "multipart/form-data; boundary=x",
    ]),
    "Content-Encoding": headerValue(["gzip", "identity"]),
    "User-Agent": headerValue(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)"]),
    Referer: headerValue(["https://site.example/contact"]),
    Cookie: headerValue(["a=b"]),
    "X-Forwarded-Host": headerValue(["evil.example"]),
  },
  { requiredKeys: [] },
);

/**
 * A method workerd lets a request have: the usual ones (lower case too: fetch normalises
 * them), WebDAV's and a few others; an unknown token is refused by the runtime before the
 * worker sees it.
 */
export const method = fc.oneof(
  fc.constantFrom("GET", "GET", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"),
  fc.constantFrom(
    "get",
    "head",
    "post",
    "options",
    "PROPFIND",
    "PROPPATCH",
    "MKCOL",
    "COPY",
    "MOVE",
    "LOCK",
    "UNLOCK",
    "REPORT",
    "SEARCH",
    "PURGE",
    "ACL",
    "MERGE",
    "NOTIFY",
    "SUBSCRIBE",
    "UNSUBSCRIBE",
    "MKACTIVITY",
    "CHECKOUT",
  ),
);

/** Hosts a request may name: the URL's origin is what the links in answers are made of. */
export const host = fc.oneof(
  fc.constantFrom("localhost", "contact.example", "127.0.0.1:8787", "[::1]", "xn--fiq228c.example"),
  fc.domain(),
);

/** A body: text, JSON, or bytes. */
export const body = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.uint8Array({ maxLength: 200 }),
);

/** A whole request. */
export const request: fc.Arbitrary<FuzzRequest> = fc
  .record({
    method,
    host,
    path,
    query: fc.option(query),
    headers,
    body: fc.option(body),
    scheme: fc.constantFrom("http", "https"),
  })
  .map(({ method: m, host: h, path: p, query: q, headers: hs, body: b, scheme }) => ({
    method: m,
    url: `${scheme}://${h}${p}${q === null ? "" : `?${q}`}`,
    headers: hs,
    // The Fetch API refuses a body on GET and HEAD, whatever their case.
    ...(b !== null && !["GET", "HEAD"].includes(m.toUpperCase()) ? { body: b } : {}),
  }));
