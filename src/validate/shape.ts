/**
 * @module Checks the shape of a contact file against the schema and words every mismatch for
 * the person editing the file: the field, what was found, what was expected, and the likely
 * intended name for a misspelt field. Pure.
 */
import * as z from "zod/mini";
import { ContactFileSchema, type ContactFile } from "../model/schema";
import { error, showValue, type Finding, type JsonPath } from "./problem";

export type ShapeResult = { ok: true; file: ContactFile; findings: [] } | { ok: false; findings: Finding[] };

type AnySchema = z.ZodMiniType;
type Def = {
  type: string;
  shape?: Record<string, AnySchema>;
  innerType?: AnySchema;
  element?: AnySchema;
  entries?: Record<string, string>;
};

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Finds the schema that describes the value at `path`, looking through optional wrappers. */
function schemaAt(root: AnySchema, path: JsonPath): AnySchema | undefined {
  let schema: AnySchema | undefined = root;
  for (const key of path) {
    schema = unwrap(schema);
    if (!schema) return undefined;
    const def = defOf(schema);
    if (def.type === "object" && typeof key === "string") schema = def.shape?.[key];
    else if (def.type === "array" && typeof key === "number") schema = def.element;
    else return undefined;
  }
  return schema;
}

function unwrap(schema: AnySchema | undefined): AnySchema | undefined {
  while (schema && defOf(schema).type === "optional") schema = defOf(schema).innerType;
  return schema;
}

function descriptionOf(schema: AnySchema | undefined): string | undefined {
  if (!schema) return undefined;
  return z.globalRegistry.get(schema)?.description ?? z.globalRegistry.get(unwrap(schema) ?? schema)?.description;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text in double quotes",
  number: "a number",
  boolean: "true or false",
  array: "a list in square brackets [ … ]",
  object: "an object in curly braces { … }",
};

function typeWords(value: unknown): string {
  if (value === null) return "null (nothing)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  return `a ${typeof value}`;
}

/** Damerau-free Levenshtein distance, enough to spot a typo such as "adress". */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The allowed name closest to `key`, when it is close enough to be a typo. */
export function suggestField(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  // "zh" or "zh_Hans" for "zh-Hans": a prefix is as telling as a typo.
  const prefixed = allowed.find((name) => lower.length >= 2 && name.toLowerCase().startsWith(lower.replace(/_/g, "-")));
  if (prefixed) return prefixed;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of allowed) {
    const d = editDistance(key, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function toFinding(issue: z.core.$ZodIssue, input: unknown): Finding[] {
  const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
  const value = valueAt(input, path);
  const schema = schemaAt(ContactFileSchema, path);
  const about = descriptionOf(schema);
  const hint = about ? ` — ${about}` : "";
  if (value === undefined && issue.code !== "unrecognized_keys") {
    const expected =
      issue.code === "invalid_value"
        ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`
        : issue.code === "invalid_type"
          ? (TYPE_WORDS[issue.expected] ?? issue.expected)
          : "a value";
    return [
      error(
        "missing-field",
        path,
        `the field ${JSON.stringify(path.at(-1))} is missing: expected ${expected}${hint}`,
        expected,
      ),
    ];
  }
  switch (issue.code) {
    case "unrecognized_keys": {
      const shape = defOf(unwrap(schema) ?? ContactFileSchema).shape ?? {};
      const allowed = Object.keys(shape);
      return issue.keys.map((key) => {
        const guess = suggestField(key, allowed);
        const expected = guess ? `"${guess}"` : `one of ${allowed.map((k) => `"${k}"`).join(", ")}`;
        const detail = guess
          ? `unknown field "${key}": did you mean "${guess}"?`
          : `unknown field "${key}": expected one of ${allowed.map((k) => `"${k}"`).join(", ")}`;
        return error("unknown-field", [...path, key], detail, expected, key);
      });
    }
    case "invalid_type": {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      const found =
        value === null || typeof value === "object" ? typeWords(value) : `${showValue(value)} (${typeWords(value)})`;
      return [error("wrong-type", path, `found ${found} but expected ${expected}${hint}`, expected, value)];
    }
    case "invalid_value": {
      const expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      return [
        error("invalid-value", path, `${showValue(value)} is not allowed here: expected ${expected}`, expected, value),
      ];
    }
    case "too_small":
    case "too_big":
    case "invalid_format": {
      const expected = issue.message && issue.message !== "Invalid input" ? issue.message : (about ?? "a valid value");
      const detail =
        issue.message === "text that is not empty"
          ? `the text is empty: expected ${expected}${hint}`
          : `${showValue(value)} is not valid: expected ${expected}`;
      return [error("invalid-value", path, detail, expected, value)];
    }
    default: {
      const expected = about ?? "a valid value";
      return [error("invalid-value", path, `${showValue(value)} is not valid: expected ${expected}`, expected, value)];
    }
  }
}

/** True when the schema at `path` is an optional object field that can be dropped. */
function isOptionalField(path: JsonPath): boolean {
  const schema = schemaAt(ContactFileSchema, path);
  return typeof path.at(-1) === "string" && schema !== undefined && defOf(schema).type === "optional";
}

/**
 * The input with every field that failed the schema removed (the nearest optional field that
 * holds it), so the remaining rules can still report their problems in the same run.
 */
export function withoutFailingFields(
  input: Record<string, unknown>,
  findings: readonly Finding[],
): Record<string, unknown> {
  const copy = structuredClone(input);
  for (const finding of findings) {
    let path = [...finding.path];
    while (
      path.length > 0 &&
      !(finding.code === "unknown-field" && path.length === finding.path.length) &&
      !isOptionalField(path)
    )
      path = path.slice(0, -1);
    if (path.length === 0) continue;
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (value, key) =>
          value && typeof value === "object" ? (value as Record<string | number, unknown>)[key] : undefined,
        copy,
      );
    if (parent && typeof parent === "object") delete (parent as Record<string | number, unknown>)[path.at(-1)!];
  }
  return copy;
}

/** Checks the parsed JSON against the contact file schema; on success returns it trimmed. */
export function checkShape(input: unknown): ShapeResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    const expected = 'one contact as a JSON object, starting with "{"';
    return {
      ok: false,
      findings: [
        error("wrong-type", [], `the file holds ${typeWords(input)}, but expected ${expected}`, expected, input),
      ],
    };
  }
  const parsed = ContactFileSchema.safeParse(input);
  if (parsed.success) return { ok: true, file: parsed.data, findings: [] };
  return { ok: false, findings: parsed.error.issues.flatMap((issue) => toFinding(issue, input)) };
}
