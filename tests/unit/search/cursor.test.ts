/** Pagination cursors: opaque, bound to the data version and the query, refused when wrong. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURSOR_MAX_LENGTH, decodeCursor, encodeCursor, filterKey } from "../../../src/search/cursor";

const STATE = { version: "295eaf731eb49022", filter: filterKey({ text: "beijing" }), position: "20" };
const EXPECTED = { version: STATE.version, filter: STATE.filter };

describe("cursors", () => {
  it("carry their position back when the version and the query are the same", () => {
    const cursor = encodeCursor(STATE);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, EXPECTED)).toEqual({ ok: true, position: "20" });
  });

  it("round-trip any printable position", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
        (position) => {
          expect(decodeCursor(encodeCursor({ ...STATE, position }), EXPECTED)).toEqual({ ok: true, position });
        },
      ),
    );
  });

  it("are refused as stale once the data has changed", () => {
    expect(decodeCursor(encodeCursor(STATE), { ...EXPECTED, version: "0000000000000000" })).toEqual({
      ok: false,
      reason: "stale",
    });
  });

  it("are refused for another query, but not for the same query written differently", () => {
    const cursor = encodeCursor(STATE);
    expect(decodeCursor(cursor, { ...EXPECTED, filter: filterKey({ text: "shanghai" }) })).toEqual({
      ok: false,
      reason: "other-query",
    });
    expect(decodeCursor(cursor, { ...EXPECTED, filter: filterKey({ text: "beijing", kind: "office" }) })).toEqual({
      ok: false,
      reason: "other-query",
    });
    expect(decodeCursor(cursor, { ...EXPECTED, filter: filterKey({ text: "  BĚIJĪNG " }) })).toEqual({
      ok: true,
      position: "20",
    });
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc+/="],
    ["base64 of text that is not JSON", btoa("hello").replace(/=+$/, "")],
    ["base64 of other JSON", btoa(JSON.stringify({ position: 20 })).replace(/=+$/, "")],
    ["of another format", btoa(JSON.stringify([2, STATE.version, STATE.filter, "20", "x"])).replace(/=+$/, "")],
    ["too long", "A".repeat(CURSOR_MAX_LENGTH + 1)],
    ["an impossible length", "AAAAA"],
  ])("are refused as malformed when %s", (_, cursor) => {
    expect(decodeCursor(cursor, EXPECTED)).toEqual({ ok: false, reason: "malformed" });
  });

  it("are refused as tampered when a field is edited without its checksum", () => {
    const [format, version, filter, , check] = JSON.parse(atob(encodeCursor(STATE))) as unknown[];
    const forged = btoa(JSON.stringify([format, version, filter, "40", check])).replace(/=+$/, "");
    expect(decodeCursor(forged, EXPECTED)).toEqual({ ok: false, reason: "tampered" });
  });

  it("never decode to another position when any character is changed", () => {
    const cursor = encodeCursor(STATE);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    fc.assert(
      fc.property(fc.nat(cursor.length - 1), fc.constantFrom(...alphabet), (at, ch) => {
        fc.pre(cursor[at] !== ch);
        const result = decodeCursor(cursor.slice(0, at) + ch + cursor.slice(at + 1), EXPECTED);
        // The last character may carry padding bits that decoding ignores: then it is the same cursor.
        if (result.ok) expect(result.position).toBe(STATE.position);
      }),
      { numRuns: 500 },
    );
  });
});
