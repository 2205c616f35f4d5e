/**
 * Fuzz inside workerd (issue 6): arbitrary methods, hosts, paths, query strings, headers and
 * bodies sent to the real worker (`exports.default.fetch`, the shipped data) as any client
 * could, each answer checked against ./fuzz-invariants.ts. CI-sized by default; set FUZZ_RUNS
 * for a longer run (README, "Performance and robustness").
 */
import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, it } from "vitest";
import { contactPaths, DIRECTORY_PATHS } from "../../src/model/urls";
import { CANARY, request, type FuzzRequest } from "./fuzz-arbitraries";
import { expectWellBehaved } from "./fuzz-invariants";
import { fuzzRuns, timeoutFor } from "./fuzz-runs";

const send = (req: FuzzRequest) =>
  exports.default.fetch(req.url, {
    method: req.method,
    headers: req.headers,
    ...(req.body === undefined ? {} : { body: req.body }),
  });

const RUNS = fuzzRuns(400);

describe("any request to the worker", () => {
  it(
    `is answered below 500, with clean headers, errors as problem+json, nothing reflected (${RUNS} requests)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async (req) => expectWellBehaved(req, await send(req))),
        { numRuns: RUNS },
      );
    },
    timeoutFor(RUNS, 100),
  );

  // The pages that name what was asked for (an unknown contact, a search) are where a
  // reflection would hide: every one gets the canary, by every browser-like Accept.
  it.each([
    { name: "an unknown contact's page", url: (text: string) => `${contactPaths(encodeURIComponent(text)).page}` },
    {
      name: "the directory page's search",
      url: (text: string) => `${DIRECTORY_PATHS.page}?q=${encodeURIComponent(text)}`,
    },
    {
      name: "the directory page's bad limit",
      url: (text: string) => `${DIRECTORY_PATHS.page}?q=${encodeURIComponent(text)}&limit=${encodeURIComponent(text)}`,
    },
    {
      name: "the directory page's forged cursor",
      url: (text: string) => `${DIRECTORY_PATHS.page}?q=x&cursor=${encodeURIComponent(text)}`,
    },
    { name: "an unknown embed", url: (text: string) => `${contactPaths(encodeURIComponent(text)).page}/embed` },
  ])(
    "shows $name to a browser with the request's text escaped",
    async ({ url }) => {
      const text = fc.oneof(
        fc.constant(CANARY),
        fc.string({ maxLength: 30 }).map((s) => `${s}${CANARY}${s}`),
        fc.constantFrom(
          `"><script>zq</script>`,
          `Zq'Zq onmouseover='Zq`,
          `</title><zq>`,
          `--><zq>`,
          `]]><zq>`,
          `Zq"Zq`,
        ),
      );
      await fc.assert(
        fc.asyncProperty(
          text,
          fc.constantFrom("text/html", "text/html,application/xhtml+xml,*/*;q=0.8"),
          async (t, accept) => {
            const req = { method: "GET", url: `http://localhost${url(t)}`, headers: { Accept: accept } };
            await expectWellBehaved(req, await send(req));
          },
        ),
        { numRuns: Math.ceil(RUNS / 8) },
      );
    },
    timeoutFor(Math.ceil(RUNS / 8), 200),
  );
});
