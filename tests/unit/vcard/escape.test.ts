import { describe, expect, it } from "vitest";
import { escapeParamValue, escapeText } from "../../../src/formats/vcard/escape";

describe("escapeText", () => {
  it("escapes backslash, comma and line breaks in both versions (RFC 6350 §3.4, RFC 2426 §4)", () => {
    for (const version of ["3.0", "4.0"] as const) {
      expect(escapeText("a\\b,c\nd", version)).toBe("a\\\\b\\,c\\nd");
    }
  });

  it("writes CRLF and a lone CR as one \\n each", () => {
    expect(escapeText("a\r\nb\rc", "4.0")).toBe("a\\nb\\nc");
  });

  it("escapes a semicolon everywhere in 3.0, where RFC 2426's text-value has no bare one", () => {
    expect(escapeText("a;b", "3.0")).toBe("a\\;b");
    expect(escapeText("a;b", "3.0", true)).toBe("a\\;b");
  });

  it("escapes a semicolon in 4.0 only inside a component of a compound value", () => {
    expect(escapeText("a;b", "4.0")).toBe("a;b");
    expect(escapeText("a;b", "4.0", true)).toBe("a\\;b");
  });

  it("leaves colons, quotes, tabs and non-ASCII text as they are", () => {
    expect(escapeText('北京: "A座"\t😀', "3.0")).toBe('北京: "A座"\t😀');
  });

  it("drops control characters a vCard cannot carry (RFC 6350 §3.3)", () => {
    expect(escapeText("a\u0000b\u0007c\u007f", "4.0")).toBe("abc");
  });
});

describe("escapeParamValue", () => {
  it("leaves a token bare", () => {
    for (const token of ["zh-Hans", "work", "UTF-8", "1", "piny"]) expect(escapeParamValue(token)).toBe(token);
  });

  it("quotes a value holding a space or non-ASCII text, which lenient readers may split", () => {
    expect(escapeParamValue("bei jing")).toBe('"bei jing"');
    expect(escapeParamValue("邮编")).toBe('"邮编"');
  });

  it("quotes a value holding a comma, a colon or a semicolon (RFC 6350 §5)", () => {
    expect(escapeParamValue("Room A409, Jucai Building")).toBe('"Room A409, Jucai Building"');
    expect(escapeParamValue("a:b")).toBe('"a:b"');
    expect(escapeParamValue("a;b")).toBe('"a;b"');
  });

  it("caret-encodes line breaks, double quotes and carets (RFC 6868 §3)", () => {
    expect(escapeParamValue('line 1\nsay "hi" ^')).toBe(`"line 1^nsay ^'hi^' ^^"`);
  });
});

describe("a component ending with a backslash", () => {
  it("is written as RFC 6350 §3.4 says: the escaped backslash, then the separator", async () => {
    const { writeValue } = await import("../../../src/formats/vcard/write");
    expect(writeValue({ type: "structured", value: ["a\\", "b"] }, "4.0")).toBe("a\\\\;b");
  });

  it("is misread by ical.js 2.2.1, which counts one backslash before a separator, not their parity (known; arbitraries avoid it)", async () => {
    const { default: ICAL } = await import("ical.js");
    const [, properties] = ICAL.parse("BEGIN:VCARD\r\nVERSION:4.0\r\nORG:a\\\\;b\r\nEND:VCARD\r\n") as unknown as [
      string,
      [string, object, string, unknown][],
    ];
    // Right would be ["a\\", "b"]; when this starts to pass, drop the workaround in arbitraries.ts.
    expect(properties.find(([name]) => name === "org")?.[3]).toBe("a\\;b");
  });
});

describe("a semicolon in 3.0 text", () => {
  it("is read back escaped by ical.js 2.2.1, which applies 4.0's rule to 3.0 (kewisch/ical.js#173; ical.ts undoes it)", async () => {
    const { default: ICAL } = await import("ical.js");
    const [, properties] = ICAL.parse("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:a\\;b\r\nEND:VCARD\r\n") as unknown as [
      string,
      [string, object, string, unknown][],
    ];
    // RFC 2426 §4 makes this "a;b"; when this starts to fail, drop the step in ical.ts.
    expect(properties.find(([name]) => name === "fn")?.[3]).toBe("a\\;b");
  });
});
