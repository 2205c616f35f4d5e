/**
 * @module The `?version=` of the vCard routes: "3.0" (the default) or "4.0". As the directory's
 * query string does, an empty value counts as absent and a repeated one is refused. Pure.
 */
import { DEFAULT_VCARD_VERSION, VCARD_VERSIONS, type VCardVersion } from "../formats/vcard";
import type { InvalidParam } from "./directory-query";

/** The version asked for, or why the parameter is wrong. */
export type VersionResult =
  { readonly ok: true; readonly version: VCardVersion } | { readonly ok: false; readonly invalid: InvalidParam };

/** Reads `version` from `params`. */
export function parseVCardVersion(params: URLSearchParams): VersionResult {
  const values = params.getAll("version");
  if (values.length > 1)
    return {
      ok: false,
      invalid: { name: "version", reason: `is given ${values.length} times: expected it at most once` },
    };
  const value = values[0]?.trim();
  if (!value) return { ok: true, version: DEFAULT_VCARD_VERSION };
  if ((VCARD_VERSIONS as readonly string[]).includes(value)) return { ok: true, version: value as VCardVersion };
  return {
    ok: false,
    invalid: {
      name: "version",
      reason: `${JSON.stringify(value.slice(0, 80))} is not a vCard version this service writes: expected ${VCARD_VERSIONS.join(" or ")}`,
    },
  };
}
