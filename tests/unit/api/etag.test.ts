/** Entity tags and the If-Match / If-None-Match comparisons of RFC 9110 §8.8.3.2 and §13.1. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionMatches, parseEntityTag, parseEntityTagCondition, strongEntityTag } from "../../../src/http/etag";

describe("parseEntityTagCondition", () => {
  it("reads * as any representation", () => {
    expect(parseEntityTagCondition(" * ")).toEqual({ any: true });
  });

  it("reads a list of strong and weak tags with optional whitespace and empty elements (RFC 9110 §5.6.1)", () => {
    expect(parseEntityTagCondition(`"a" ,W/"b",, "c"`)).toEqual({
      any: false,
      tags: [
        { weak: false, opaque: '"a"' },
        { weak: true, opaque: '"b"' },
        { weak: false, opaque: '"c"' },
      ],
    });
  });

  it("keeps a comma inside a tag (etagc allows it) instead of splitting on it", () => {
    expect(parseEntityTagCondition(`"a,b", "c"`)).toEqual({
      any: false,
      tags: [
        { weak: false, opaque: '"a,b"' },
        { weak: false, opaque: '"c"' },
      ],
    });
  });

  it.each([`abc`, `"abc`, `"a"b"`, `w/"a"`, `"a" "b"`, `*, "a"`, `"a b"`, ``, ` , `])(
    "refuses the malformed value %j",
    (value) => {
      expect(parseEntityTagCondition(value)).toBeUndefined();
    },
  );
});

describe("conditionMatches", () => {
  const tag = '"xyz"';
  it("compares weakly for If-None-Match: W/ on either side still matches (RFC 9110 §8.8.3.2)", () => {
    expect(conditionMatches('W/"xyz"', tag, "weak")).toBe(true);
    expect(conditionMatches('"abc", "xyz"', tag, "weak")).toBe(true);
    expect(conditionMatches('"xyz"', 'W/"xyz"', "weak")).toBe(true);
  });

  it("compares strongly for If-Match: both tags must be strong", () => {
    expect(conditionMatches('"xyz"', tag, "strong")).toBe(true);
    expect(conditionMatches('W/"xyz"', tag, "strong")).toBe(false);
  });

  it("matches * against any current representation", () => {
    expect(conditionMatches("*", tag, "weak")).toBe(true);
    expect(conditionMatches("*", tag, "strong")).toBe(true);
  });

  it("matches nothing for another tag or a malformed condition", () => {
    expect(conditionMatches('"abc"', tag, "weak")).toBe(false);
    expect(conditionMatches("xyz", tag, "weak")).toBe(false);
  });
});

describe("strongEntityTag", () => {
  it("is a strong quoted tag of base64url characters, equal for equal bodies, whatever their form", async () => {
    const a = await strongEntityTag("BEGIN:VCARD 北京");
    expect(a).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(await strongEntityTag(new TextEncoder().encode("BEGIN:VCARD 北京"))).toBe(a);
    expect(parseEntityTag(a)).toEqual({ weak: false, opaque: a });
  });

  it("changes with any change of the body", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (x, y) => {
        fc.pre(x !== y);
        expect(await strongEntityTag(x)).not.toBe(await strongEntityTag(y));
      }),
      { numRuns: 200 },
    );
  });
});
