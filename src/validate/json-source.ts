/**
 * @module Reads the text of a contact file as JSON, reporting syntax errors with their line
 * and column and refusing duplicate keys (which `JSON.parse` would silently drop) and nesting
 * deeper than any contact (which would exhaust the stack of a recursive reader). Pure.
 */
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from "jsonc-parser";
import { error, type Finding, type JsonPath } from "./problem";

/** A parsed document that can say where each of its values was written. */
export interface JsonSource {
  readonly value: unknown;
  /** 1-based line and column of the value at `path`, or of its nearest existing parent. */
  locate(path: JsonPath): { line: number; column: number } | undefined;
}

export type ParsedJson = { ok: true; source: JsonSource } | { ok: false; findings: Finding[] };

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: "a character that JSON does not allow here",
  InvalidNumberFormat: "a badly written number",
  PropertyNameExpected: 'a field name in double quotes (is there a comma too many before "}"?)',
  ValueExpected: "a value (is there a comma too many, or a missing value?)",
  ColonExpected: 'a ":" after the field name',
  CommaExpected: 'a "," between two items',
  CloseBraceExpected: 'a closing "}"',
  CloseBracketExpected: 'a closing "]"',
  EndOfFileExpected: 'the end of the file (is there text after the last "}"?)',
  InvalidCommentToken: "no comments (JSON has none)",
  UnexpectedEndOfComment: "no comments (JSON has none)",
  UnexpectedEndOfString: 'a closing double quote (")',
  UnexpectedEndOfNumber: "a complete number",
  InvalidUnicode: "a valid \\u escape",
  InvalidEscapeCharacter: 'a valid escape (\\", \\\\, \\n, \\uXXXX)',
  InvalidCharacter: "no control characters inside text (write a new line as \\n)",
};

/**
 * How deep a contact file may nest: the deepest contact nests 4 levels (`phones[0].label.en`),
 * and the JSON reader below recurses once a level, so thousands of levels would overflow it.
 */
export const MAX_NESTING = 32;

/** The offset of the first `[` or `{` nested deeper than `max` (strings skipped), or -1. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // a backslash escapes the next character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      if (++depth > max) return i;
    } else if (ch === 93 || ch === 125) depth--;
  }
  return -1;
}

/** Converts a 0-based offset into 1-based line and column (columns count UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Parses JSON text; every syntax error and duplicate key becomes a finding with its place. */
export function parseJsonSource(rawText: string): ParsedJson {
  // Editors on Windows may start a UTF-8 file with a byte order mark; it carries no data.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === "") {
    return {
      ok: false,
      findings: [
        error(
          "file-empty",
          [],
          'the file is empty: expected a contact written as JSON, starting with "{"',
          "a JSON object",
        ),
      ],
    };
  }
  const deep = tooDeepAt(text, MAX_NESTING);
  if (deep >= 0) {
    const expected = `values nested at most ${MAX_NESTING} levels deep (a contact nests 4)`;
    return {
      ok: false,
      findings: [
        {
          ...error(
            "json-too-deep",
            [],
            `the JSON nests more than ${MAX_NESTING} levels deep here: expected ${expected}`,
            expected,
          ),
          ...lineColumn(text, deep),
        },
      ],
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // The parser recovers and reports again where it stumbles twice over one mistake: keep one a line.
  const lines = new Set<number>();
  const firstPerLine = errors.filter((e) => {
    const { line } = lineColumn(text, e.offset);
    return !lines.has(line) && lines.add(line);
  });
  const findings: Finding[] = firstPerLine.map((e) => {
    const found = text.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 20)));
    const expected = found.startsWith("'")
      ? 'double quotes (") around field names and text, not single quotes'
      : (SYNTAX_HINTS[printParseErrorCode(e.error)] ?? "valid JSON");
    return {
      ...error(
        "json-syntax",
        [],
        `invalid JSON at ${JSON.stringify(found || "end of file")}: expected ${expected}`,
        expected,
        found,
      ),
      ...lineColumn(text, e.offset),
    };
  });
  if (findings.length > 0 || root === undefined) return { ok: false, findings };

  findings.push(...findDuplicateKeys(text, root, []));
  if (findings.length > 0) return { ok: false, findings };

  let value: unknown;
  try {
    // The tolerant parser agreed; JSON.parse is the reference for what the runtime reads.
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, findings: [error("json-syntax", [], `invalid JSON: ${message}`, "valid JSON")] };
  }
  return {
    ok: true,
    source: {
      value,
      locate(path) {
        for (let n = path.length; n >= 0; n--) {
          const node = findNodeAtLocation(root, [...path.slice(0, n)]);
          if (node)
            return lineColumn(text, node.parent?.type === "property" && n > 0 ? node.parent.offset : node.offset);
        }
        return undefined;
      },
    },
  };
}

function findDuplicateKeys(text: string, node: Node, path: (string | number)[]): Finding[] {
  const out: Finding[] = [];
  if (node.type === "object") {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode) continue;
      const key = String(getNodeValue(keyNode));
      if (seen.has(key)) {
        out.push({
          ...error(
            "duplicate-key",
            [...path, key],
            `the field "${key}" is written twice in the same object: expected each field once (JSON keeps only the last, so the first would be lost)`,
            "each field once",
            key,
          ),
          ...lineColumn(text, keyNode.offset),
        });
      }
      seen.add(key);
      if (valueNode) out.push(...findDuplicateKeys(text, valueNode, [...path, key]));
    }
  } else if (node.type === "array") {
    (node.children ?? []).forEach((child, i) => out.push(...findDuplicateKeys(text, child, [...path, i])));
  }
  return out;
}
