/** Text that is not a JSON object gets a message with its line and column, never a stack trace. */
import { describe, expect, it } from "vitest";
import { validateContactText } from "../../../src/validate/contact";
import { formatProblem } from "../../../src/validate/problem";
import { SHIPPED_TEXT } from "./helpers";

const check = (text: string) =>
  validateContactText(text, { file: "data/x.json", expectedId: "beijing-office", today: "2026-11-28" }).problems.map(
    formatProblem,
  );

describe("reading a contact file", () => {
  it.each([
    ["an empty file", "", ['data/x.json: the file is empty: expected a contact written as JSON, starting with "{"']],
    [
      "a file of spaces",
      "  \n\t ",
      ['data/x.json: the file is empty: expected a contact written as JSON, starting with "{"'],
    ],
    [
      "a trailing comma",
      '{\n  "id": "x",\n}',
      [
        'data/x.json:3:1: invalid JSON at "}": expected a field name in double quotes (is there a comma too many before "}"?)',
      ],
    ],
    [
      "a missing comma",
      '{\n  "id": "x"\n  "kind": "office"\n}',
      ['data/x.json:3:3: invalid JSON at "\\"kind\\"": expected a "," between two items'],
    ],
    [
      "a comment",
      '{\n  // the office\n  "id": "x"\n}',
      ['data/x.json:2:3: invalid JSON at "// the office": expected no comments (JSON has none)'],
    ],
    [
      "single quotes",
      "{\n  'id': 'x'\n}",
      [
        'data/x.json:2:3: invalid JSON at "\'id\'": expected double quotes (") around field names and text, not single quotes',
        'data/x.json:3:1: invalid JSON at "}": expected a value (is there a comma too many, or a missing value?)',
      ],
    ],
    [
      "an unclosed text",
      '{\n  "id": "x\n}',
      ['data/x.json:2:9: invalid JSON at "\\"x": expected a closing double quote (")'],
    ],
    [
      "text after the object",
      '{ "id": "x" } }',
      ['data/x.json:1:15: invalid JSON at "}": expected the end of the file (is there text after the last "}"?)'],
    ],
    [
      "a list instead of an object",
      "[]",
      ['data/x.json:1:1: the file holds a list, but expected one contact as a JSON object, starting with "{"'],
    ],
    [
      "a field written twice",
      '{\n  "id": "beijing-office",\n  "id": "other"\n}',
      [
        'data/x.json:3:3: id: the field "id" is written twice in the same object: expected each field once (JSON keeps only the last, so the first would be lost)',
      ],
    ],
  ])("reports %s at its place", (_name, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it.each([
    ["lists", "[".repeat(30_000) + "]".repeat(30_000)],
    ["objects", '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000)],
    ["lists left open", "[".repeat(60_000)],
  ])("reports %s nested thousands deep at the level past the limit, without overflowing the stack", (_name, text) => {
    expect(check(text)).toEqual([
      `data/x.json:1:${text.startsWith("[") ? 33 : '{"a":'.length * 32 + 1}: the JSON nests more than 32 levels deep here: expected values nested at most 32 levels deep (a contact nests 4)`,
    ]);
  });

  it("counts no bracket inside text towards the nesting", () => {
    const data = JSON.parse(SHIPPED_TEXT) as { notes?: unknown };
    data.notes = { en: "[[[[{{{{".repeat(100) + '\\"' + "]]]]".repeat(100) };
    expect(check(JSON.stringify(data, null, 2)).some((line) => line.includes("nests"))).toBe(false);
  });

  it("accepts a byte order mark, which carries no data", () => {
    expect(check("\uFEFF" + SHIPPED_TEXT)).toEqual([]);
  });
});
