/** The directory routes' query string: each parameter checked, every error reported at once. */
import { describe, expect, it } from "vitest";
import { parseDirectoryQuery } from "../../../src/http/directory-query";

const parse = (query: string, accepts: "page" | "filter" = "page") =>
  parseDirectoryQuery(new URLSearchParams(query), accepts);

describe("parseDirectoryQuery", () => {
  it("defaults to the first page of 20 of everything", () => {
    expect(parse("")).toEqual({ ok: true, query: { filter: {}, limit: 20 } });
  });

  it("reads every parameter, trimming spaces", () => {
    expect(parse("q=%20caoyuan%20hutong%20&kind=office&tag=beijing&limit=100&cursor=abc")).toEqual({
      ok: true,
      query: { filter: { text: "caoyuan hutong", kind: "office", tag: "beijing" }, limit: 100, cursor: "abc" },
    });
  });

  it("treats empty values as absent and ignores parameters it does not know", () => {
    expect(parse("q=&kind=&tag=%20&limit=&cursor=&utm_source=x&_=123")).toEqual({
      ok: true,
      query: { filter: {}, limit: 20 },
    });
  });

  it("accepts a query of 200 characters, counted as characters, not UTF-16 units", () => {
    expect(parse(`q=${"北".repeat(200)}`).ok).toBe(true);
    expect(parse(`q=${"𠀀".repeat(200)}`).ok).toBe(true);
    expect(parse(`q=${"北".repeat(201)}`).ok).toBe(false);
  });

  it.each(["0", "101", "-5", "+5", "05x", "1.0", "1e1", "0x10", "99999", " ", "twenty"])(
    "refuses limit=%j",
    (limit) => {
      const result = parse(`limit=${encodeURIComponent(limit)}`);
      if (limit.trim() === "") expect(result.ok).toBe(true);
      else expect(result).toMatchObject({ ok: false, invalid: [{ name: "limit" }] });
    },
  );

  it("refuses limit and cursor where every match comes at once", () => {
    expect(parse("q=wang&limit=5&cursor=x", "filter")).toMatchObject({
      ok: false,
      invalid: [{ name: "limit" }, { name: "cursor" }],
    });
    expect(parse("q=wang&kind=person&tag=sales", "filter")).toEqual({
      ok: true,
      query: { filter: { text: "wang", kind: "person", tag: "sales" }, limit: 20 },
    });
  });

  it("reports every wrong parameter, each once, in a fixed order", () => {
    const result = parse("tag=Not%20A%20Tag&kind=people&q=a&q=b&limit=0");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.invalid.map((p) => p.name)).toEqual(["q", "kind", "tag", "limit"]);
  });

  it("quotes at most 80 characters of a wrong value", () => {
    const result = parse(`tag=${"x".repeat(500)}!`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.invalid[0]!.reason.length).toBeLessThan(200);
  });
});
