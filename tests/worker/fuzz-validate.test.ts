/**
 * Fuzz `POST /v1/validate` inside workerd with contact files that are almost right: the
 * shipped office with one to three of its values replaced (by any JSON, hostile text, a
 * number where text belongs), removed, or joined by an unknown member. The validator must
 * take every one: a 200 with the contact, or a 422 whose every problem points into the file
 * (RFC 6901), never a 5xx. Every answer also passes ./fuzz-invariants.ts.
 */
import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import shipped from "../../data/beijing-office.json";
import { hostileText, type FuzzRequest } from "./fuzz-arbitraries";
import { expectWellBehaved } from "./fuzz-invariants";
import { fuzzRuns, timeoutFor } from "./fuzz-runs";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in `value`, the root excluded. */
function pathsOf(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...pathsOf(v, [...at, i])]);
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...pathsOf(v, [...at, k])]);
  return [];
}

const PATHS = pathsOf(shipped as Json);

/** One change to a file. */
type Edit =
  | { readonly kind: "replace"; readonly path: (string | number)[]; readonly value: Json }
  | { readonly kind: "remove"; readonly path: (string | number)[] }
  | { readonly kind: "add"; readonly path: (string | number)[]; readonly key: string; readonly value: Json };

const replacement: fc.Arbitrary<Json> = fc.oneof(
  hostileText,
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    "",
    " ",
    "+86 10 6416 7544",
    "+1",
    "CN",
    "XX",
    "2026-02-30",
    "calls",
    ["whatsapp"],
    [],
    {},
    -1,
    1e308,
    0.5,
  ),
);

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("replace" as const), path: fc.constantFrom(...PATHS), value: replacement }),
  fc.record({ kind: fc.constant("remove" as const), path: fc.constantFrom(...PATHS) }),
  fc.record({
    kind: fc.constant("add" as const),
    path: fc.constantFrom([], ...PATHS),
    key: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "zh-Hant", "fax", "email")),
    value: replacement,
  }),
);

/** `file` with `e` applied (a deep copy: the shipped data stays as it is). */
function applyEdit(file: Json, e: Edit): Json {
  const copy = structuredClone(file);
  let parent: Json = copy;
  const path = e.kind === "add" ? e.path : e.path.slice(0, -1);
  for (const step of path) {
    // An earlier edit may have removed or replaced what this one edits: then it does nothing.
    if (parent === null || typeof parent !== "object") return copy;
    parent = (parent as Record<string | number, Json>)[step] ?? null;
  }
  if (parent === null || typeof parent !== "object") return copy;
  if (e.kind === "add") {
    if (!Array.isArray(parent))
      Object.defineProperty(parent, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  const last = e.path[e.path.length - 1]!;
  if (e.kind === "remove") {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last as string];
  } else (parent as Record<string | number, Json>)[last] = e.value;
  return copy;
}

const RUNS = fuzzRuns(150);

describe("POST /v1/validate with a nearly right contact file", () => {
  it(
    `answers 200 or a 422 pointing into the file, never a 5xx (${RUNS} files)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), async (edits, pretty) => {
          const file = edits.reduce(applyEdit, shipped as Json);
          const body = JSON.stringify(file, null, pretty ? 2 : undefined);
          const req: FuzzRequest = {
            method: "POST",
            url: "http://localhost/v1/validate",
            headers: { "Content-Type": "application/json" },
            body,
          };
          const res = await exports.default.fetch(req.url, { method: "POST", headers: req.headers, body });
          const copy = res.clone();
          await expectWellBehaved(req, res);
          expect([200, 422], `${res.status} for ${body}`).toContain(res.status);
          if (res.status === 422) {
            const problem = (await copy.json()) as { errors: { pointer: string; code: string }[] };
            expect(problem.errors.length, body).toBeGreaterThan(0);
            for (const error of problem.errors) expect(error.pointer, body).toMatch(/^(?:\/(?:[^~/]|~[01])*)*$/);
          } else await copy.arrayBuffer();
        }),
        { numRuns: RUNS },
      );
    },
    timeoutFor(RUNS, 100),
  );
});
