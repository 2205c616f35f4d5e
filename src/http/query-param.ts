/**
 * @module Reading one query parameter the way every route here does: an empty value counts as
 * absent (as an HTML form sends its unused fields), a parameter given twice is refused, and a
 * parameter that takes one of a few values names them when it gets another. Pure.
 */
import type { InvalidParam } from "./directory-query";

/** A parameter read: its trimmed value (undefined when absent or empty), or why it is refused. */
export type ParamResult<T> =
  { readonly ok: true; readonly value: T | undefined } | { readonly ok: false; readonly invalid: InvalidParam };

/** The value of `name`, given at most once. */
export function singleParam(params: URLSearchParams, name: string): ParamResult<string> {
  const values = params.getAll(name);
  if (values.length > 1)
    return { ok: false, invalid: { name, reason: `is given ${values.length} times: expected it at most once` } };
  return { ok: true, value: values[0]?.trim() || undefined };
}

/**
 * The value of `name`, one of `allowed`; another is refused with `reason(shown)`, where `shown`
 * is the value as JSON, cut to 80 characters.
 */
export function choiceParam<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  reason: (shown: string) => string,
): ParamResult<T> {
  const read = singleParam(params, name);
  if (!read.ok || read.value === undefined) return read as ParamResult<T>;
  if ((allowed as readonly string[]).includes(read.value)) return { ok: true, value: read.value as T };
  return { ok: false, invalid: { name, reason: reason(JSON.stringify(read.value.slice(0, 80))) } };
}
