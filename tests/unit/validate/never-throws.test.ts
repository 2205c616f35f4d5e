/** Whatever a file holds, the validator answers with problems and never throws. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateContactText, validateContactValue } from "../../../src/validate/contact";
import { shipped } from "./helpers";

const options = { file: "data/x.json", expectedId: "beijing-office", today: "2026-11-28" };

describe("the validator on arbitrary input", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        const result = validateContactText(text, options);
        expect(result.contact === undefined || result.problems.every((p) => p.severity === "warning")).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const result = validateContactValue(value, options);
        expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws when any field of the real contact is replaced by an arbitrary value", () => {
    const paths = collectPaths(shipped());
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, value) => {
        const data = shipped();
        setAt(data, path, value);
        const result = validateContactValue(data, options);
        for (const p of result.problems) expect(p.detail.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000 },
    );
  });
});

function collectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => collectPaths(v, [...prefix, k]))].filter((p) => p.length > 0);
}

function setAt(root: any, path: (string | number)[], value: unknown): void {
  const parent = path.slice(0, -1).reduce((v, k) => v[k], root);
  parent[path.at(-1)!] = value;
}
