import { describe, expect, it } from "vitest";
import { CRLF, foldContentLine, foldLine, MAX_LINE_OCTETS } from "../../../src/formats/vcard/fold";

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (lines: string[]) => lines.map((l, i) => (i === 0 ? l : l.slice(1))).join("");

describe("foldLine", () => {
  it("leaves a line of exactly 75 octets whole", () => {
    const line = "X".repeat(MAX_LINE_OCTETS);
    expect(foldLine(line)).toEqual([line]);
  });

  it("folds the 76th octet onto a continuation line that starts with one space", () => {
    expect(foldLine("X".repeat(76))).toEqual(["X".repeat(75), " X"]);
  });

  it("counts the continuation's leading space: continuation lines carry 74 octets of content", () => {
    const lines = foldLine("X".repeat(75 + 74 + 1));
    expect(lines.map(octets)).toEqual([75, 75, 2]);
  });

  it("never splits a Chinese character (3 octets) or an emoji (4 octets)", () => {
    for (const ch of ["北", "😀", "é"]) {
      for (let prefix = 0; prefix < 5; prefix++) {
        const line = "N:" + "a".repeat(prefix) + ch.repeat(60);
        const lines = foldLine(line);
        for (const l of lines) {
          expect(octets(l)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // Each line decodes on its own without replacement characters.
          const bytes = new TextEncoder().encode(l);
          expect(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes)).toBe(l);
        }
        expect(unfold(lines)).toBe(line);
      }
    }
  });

  it("keeps a backslash escape and the character it escapes on the same line", () => {
    const line = "X".repeat(74) + "\\,Y";
    expect(foldLine(line)).toEqual(["X".repeat(74), " \\,Y"]);
  });

  it("moves a fold back rather than end a line with a space or start a continuation with one", () => {
    const line = "X".repeat(70) + " word " + "Y".repeat(10);
    const lines = foldLine(line);
    // 75 octets would end the line with "word" and start the continuation with a space.
    expect(lines).toEqual(["X".repeat(70) + " wor", " d " + "Y".repeat(10)]);
    expect(unfold(lines)).toBe(line);
  });

  it("still folds within a long run of spaces, where no better place exists", () => {
    const line = "N:" + " ".repeat(200);
    const lines = foldLine(line);
    for (const l of lines) expect(octets(l)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
    expect(unfold(lines)).toBe(line);
  });

  it("ends every physical line with CRLF", () => {
    expect(foldContentLine("X".repeat(80))).toBe(`${"X".repeat(75)}${CRLF} ${"X".repeat(5)}${CRLF}`);
  });
});
