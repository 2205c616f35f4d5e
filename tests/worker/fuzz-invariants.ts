/**
 * What every answer of the worker must be, whatever was asked (issue 6): below 500; header
 * values of visible ASCII only, so no CR or LF from the request ever made a header line and no
 * header was injected; no body for HEAD, 204 and 304; every error never stored and in RFC 9457
 * problem+json (or the HTML page a browser asked for); and no markup from the request in an
 * HTML or SVG body, only its escaped text.
 */
import { expect } from "vitest";
import type { FuzzRequest } from "./fuzz-arbitraries";

/** What a browser sends: only then may an error be an HTML page. */
const asksForHtml = (req: FuzzRequest) => /text\/html/i.test(req.headers.Accept ?? "");

// The canary raw (fuzz-arbitraries.ts CANARY): a quote or angle bracket between two "Zq", a
// tag made of it, or a script URL in a link.
const REFLECTED = /Zq["'<>]Zq|<zq>|<script>zq|(?:href|src|action|xlink:href)\s*=\s*["']?\s*javascript:/;

/** A readable name of the request, for failure messages. */
export const describeRequest = (req: FuzzRequest): string =>
  `${req.method} ${req.url} ${JSON.stringify(req.headers)}${req.body === undefined ? "" : ` body ${typeof req.body === "string" ? JSON.stringify(req.body.slice(0, 80)) : `${req.body.length} bytes`}`}`;

/** Checks `res`, the worker's answer to `req`, against every invariant; reads its body. */
export async function expectWellBehaved(req: FuzzRequest, res: Response): Promise<void> {
  const where = describeRequest(req);
  // fetch upper-cases the standard methods ("head" is HEAD).
  const head = req.method.toUpperCase() === "HEAD";
  expect(res.status, where).toBeGreaterThanOrEqual(200);
  expect(res.status, where).toBeLessThan(500);

  for (const [name, value] of res.headers) expect(value, `${name} of ${where}`).toMatch(/^[\t\x20-\x7e]*$/);
  // What a line break smuggled into a header would have added (fuzz-arbitraries.ts CRLF_CANARY).
  expect(res.headers.has("x-zq"), where).toBe(false);
  expect(res.headers.has("set-cookie"), where).toBe(false);

  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (head || res.status === 204 || res.status === 304) expect(bytes.length, where).toBe(0);

  if (res.status >= 400) {
    // RFC 9111 §5.2.2.5: an error must not outlive the request in any cache.
    expect(res.headers.get("cache-control"), where).toBe("no-store");
    if (type.startsWith("text/html"))
      expect(asksForHtml(req), `an HTML error for a client that did not ask: ${where}`).toBe(true);
    else {
      expect(type, where).toBe("application/problem+json; charset=utf-8");
      if (!head) {
        const problem = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
        expect(problem.status, where).toBe(res.status);
        expect(problem.title, where).toEqual(expect.any(String));
        expect(problem.type, where).toEqual(expect.any(String));
      }
    }
  }

  if ((type.startsWith("text/html") || type.startsWith("image/svg+xml")) && bytes.length > 0) {
    const markup = new TextDecoder().decode(bytes);
    const found = REFLECTED.exec(markup);
    expect(
      found && markup.slice(Math.max(0, found.index - 80), found.index + 80),
      `request text in markup: ${where}`,
    ).toBeNull();
  }
}
