/**
 * @module Problems found in contact data: one type for every rule, with the file, the JSON
 * path, the value found and what was expected, so a person who is not a programmer can fix it.
 */

export type Severity = "error" | "warning";

/** Every rule that can fail, keyed so that HTTP and tests can match on it. */
export type ProblemCode =
  | "file-empty"
  | "file-unreadable"
  | "json-syntax"
  | "json-too-deep"
  | "duplicate-key"
  | "unknown-field"
  | "missing-field"
  | "wrong-type"
  | "invalid-value"
  | "id-mismatch"
  | "duplicate-id"
  | "primary-count"
  | "not-for-kind"
  | "phone-invalid"
  | "phone-duplicate"
  | "phone-cannot-message"
  | "country-unknown"
  | "country-name"
  | "postcode-format"
  | "postcode-region"
  | "script-chinese"
  | "script-latin"
  | "address-incomplete"
  | "address-component-missing"
  | "address-numbers"
  | "address-name"
  | "address-division"
  | "name-pinyin"
  | "name-script"
  | "date-invalid"
  | "time-zone"
  | "hours-order";

/** A JSON path: object keys and array indexes from the document's root. */
export type JsonPath = readonly (string | number)[];

/** One thing wrong (or worth a look) in one file. */
export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  /** Where the data came from: a path like `data/beijing-office.json`, or a label. */
  readonly file: string;
  readonly path: JsonPath;
  /** 1-based position in the file, when the problem has one. */
  readonly line?: number;
  readonly column?: number;
  /** What was found, as written in the file (absent when nothing was there). */
  readonly value?: unknown;
  /** What was expected, in plain words. */
  readonly expected: string;
  /** The whole sentence, without file and path. */
  readonly detail: string;
}

/** A problem without its file, as rules produce them. */
export type Finding = Omit<Problem, "file" | "line" | "column"> & { line?: number; column?: number };

/** Builds an error finding. */
export function error(code: ProblemCode, path: JsonPath, detail: string, expected: string, value?: unknown): Finding {
  return value === undefined
    ? { severity: "error", code, path, detail, expected }
    : { severity: "error", code, path, detail, expected, value };
}

/** Builds a warning finding. */
export function warning(code: ProblemCode, path: JsonPath, detail: string, expected: string, value?: unknown): Finding {
  return { ...error(code, path, detail, expected, value), severity: "warning" };
}

/** Writes a path the way people read it: `address.en.district`, `phones[1].number`. */
export function formatPath(path: JsonPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Writes a path as an RFC 6901 JSON Pointer: `/address/en/district`. */
export function toJsonPointer(path: JsonPath): string {
  return path.map((key) => "/" + String(key).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** Quotes a found value for a message: strings in quotes, others as JSON, long ones cut. */
export function showValue(value: unknown): string {
  let shown: string;
  if (value === undefined) shown = "nothing";
  else if (typeof value === "string") shown = JSON.stringify(value);
  else if (Array.isArray(value)) shown = value.length === 0 ? "an empty list" : `a list (${JSON.stringify(value)})`;
  else if (value !== null && typeof value === "object") shown = "an object { … }";
  else shown = JSON.stringify(value);
  return shown.length > 80 ? shown.slice(0, 77) + "…" + shown.slice(-1) : shown;
}

/** The one-line message: `data/x.json:3:15: address.en.district: "…" does not match …`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const path = formatPath(problem.path);
  const tag = problem.severity === "warning" ? "warning: " : "";
  return `${where}: ${tag}${path ? path + ": " : ""}${problem.detail}`;
}

/** True when any problem stops the data from being served. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
