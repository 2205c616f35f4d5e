/** The fast reads of a request URL agree with the URL parser on every URL. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { originOf, queryOf } from "../../../src/http/request-url";

const queryFromUrl = (url: URL) => url.search.slice(1);

describe("originOf and queryOf", () => {
  it.each([
    "http://localhost/v1/contacts/beijing-office",
    "http://127.0.0.1:8787/contact.vcf?version=4.0",
    "https://card.example/v1/contacts?q=%E5%8C%97%E4%BA%AC&limit=5#top",
    "http://[::1]:8787/",
    "http://user:pw@example.com/a?b",
    "https://example.com?x=1",
    "http://example.com#frag?not-a-query",
    "http://example.com",
  ])("%s", (raw) => {
    const url = new URL(raw);
    expect(originOf(url.href)).toBe(url.origin);
    expect(queryOf(url.href)).toBe(queryFromUrl(url));
  });

  it("agree with URL on arbitrary web URLs", () => {
    fc.assert(
      fc.property(
        fc.webUrl({
          withQueryParameters: true,
          withFragments: true,
          authoritySettings: { withUserInfo: true, withPort: true, withIPv6: true },
        }),
        (raw) => {
          const url = new URL(raw);
          expect(originOf(url.href)).toBe(url.origin);
          expect(queryOf(url.href)).toBe(queryFromUrl(url));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
