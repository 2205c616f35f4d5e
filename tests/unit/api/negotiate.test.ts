/** Content negotiation on Accept (RFC 9110 §12.5.1) and the ?format= / ?version= of a contact. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offers, parseFormatQuery } from "../../../src/http/contact-formats";
import { negotiate, parseAccept } from "../../../src/http/negotiate";

const choose = (accept: string | undefined) => negotiate(accept, offers());

describe("parseAccept", () => {
  it("reads types, parameters and q-values, whatever the case and spacing", () => {
    expect(parseAccept('Text/VCard ; Version="4.0" ;q=0.5, */*;q=0')).toEqual([
      { type: "text", subtype: "vcard", params: { version: "4.0" }, q: 0.5 },
      { type: "*", subtype: "*", params: {}, q: 0 },
    ]);
  });

  it.each(["text", "*/json", "a/b;q=2", "a/b;q=0.1234", "a/b;=x", "a/b c"])(
    "leaves out the malformed element %j",
    (element) => {
      expect(parseAccept(`${element}, application/json`)).toEqual([
        { type: "application", subtype: "json", params: {}, q: 1 },
      ]);
    },
  );

  it("never throws, whatever the header", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (value) => void parseAccept(value)));
  });
});

describe("negotiate a contact's format", () => {
  it.each([
    [undefined, { format: "json" }],
    ["", { format: "json" }],
    ["*/*", { format: "json" }],
    ["application/*", { format: "json" }],
    ["text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", { format: "json" }],
    ["application/jscontact+json", { format: "jscontact" }],
    ["application/jscontact+json;version=1.0", { format: "jscontact" }],
    ["application/vcard+json", { format: "jcard" }],
    ["text/vcard", { format: "vcard", version: "3.0" }],
    ["text/vcard;version=4.0", { format: "vcard", version: "4.0" }],
    ["text/vcard;charset=utf-8;version=4.0", { format: "vcard", version: "4.0" }],
    ["text/*", { format: "vcard", version: "3.0" }],
    ["application/json;q=0.5, application/jscontact+json", { format: "jscontact" }],
    ["application/json;q=0.9, text/vcard;q=0.9", { format: "json" }],
    ["text/vcard;version=3.0;q=0.2, text/vcard;version=4.0;q=0.8", { format: "vcard", version: "4.0" }],
    // The most specific range decides (RFC 9110 §12.5.1): */* allows, application/json refuses.
    ["*/*, application/json;q=0", { format: "jscontact" }],
    ["text/vcard, text/vcard;version=3.0;q=0", { format: "vcard", version: "4.0" }],
    ["nonsense", { format: "json" }],
  ])("Accept: %j → %j", (accept, expected) => {
    expect(choose(accept)).toEqual(expected);
  });

  it.each([
    "image/png",
    "application/json;q=0",
    "text/html",
    "application/jscontact+json;version=2.0",
    "text/vcard;version=2.1",
    "application/json;charset=iso-8859-1",
    "*/*;q=0",
  ])("finds nothing for Accept: %j (a 406)", (accept) => {
    expect(choose(accept)).toBeUndefined();
  });

  it("offers only the vCard version a query asked for", () => {
    expect(negotiate("text/vcard", offers(["4.0"]))).toEqual({ format: "vcard", version: "4.0" });
    expect(negotiate("text/vcard;version=3.0", offers(["4.0"]))).toBeUndefined();
  });
});

describe("parseFormatQuery", () => {
  const parse = (query: string) => parseFormatQuery(new URLSearchParams(query));

  it("reads a format, a vCard version, or neither", () => {
    expect(parse("")).toEqual({ ok: true, versions: ["3.0", "4.0"] });
    expect(parse("format=jcard")).toEqual({ ok: true, format: "jcard", versions: ["3.0", "4.0"] });
    expect(parse("format=vcard&version=4.0")).toEqual({ ok: true, format: "vcard", versions: ["4.0"] });
    expect(parse("version=4.0")).toEqual({ ok: true, versions: ["4.0"] });
    expect(parse("format=&version=")).toEqual({ ok: true, versions: ["3.0", "4.0"] });
  });

  it("names every wrong parameter at once", () => {
    expect(parse("format=xml&version=2.1")).toEqual({
      ok: false,
      invalid: [
        {
          name: "format",
          reason: '"xml" is not a format of this resource: expected one of json, jscontact, jcard, vcard',
        },
        { name: "version", reason: '"2.1" is not a vCard version this service writes: expected 3.0 or 4.0' },
      ],
    });
    expect(parse("format=json&format=vcard")).toEqual({
      ok: false,
      invalid: [{ name: "format", reason: "is given 2 times: expected it at most once" }],
    });
  });

  it("refuses a vCard version with another format", () => {
    expect(parse("format=json&version=4.0")).toEqual({
      ok: false,
      invalid: [
        {
          name: "version",
          reason: "applies to the vCard format only: add format=vcard, or leave version out for json",
        },
      ],
    });
  });
});
