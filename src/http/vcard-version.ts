/**
 * @module The `?version=` of the vCard routes: "3.0" (the default) or "4.0". As the directory's
 * query string does, an empty value counts as absent and a repeated one is refused. Pure.
 */
import { DEFAULT_VCARD_VERSION, VCARD_VERSIONS, type VCardVersion } from "../formats/vcard";
import type { InvalidParam } from "./directory-query";
import { choiceParam } from "./query-param";

/** The version asked for, or why the parameter is wrong. */
export type VersionResult =
  { readonly ok: true; readonly version: VCardVersion } | { readonly ok: false; readonly invalid: InvalidParam };

/** Reads `version` from `params`. */
export function parseVCardVersion(params: URLSearchParams): VersionResult {
  const read = choiceParam(
    params,
    "version",
    VCARD_VERSIONS,
    (shown) => `${shown} is not a vCard version this service writes: expected ${VCARD_VERSIONS.join(" or ")}`,
  );
  return read.ok ? { ok: true, version: read.value ?? DEFAULT_VCARD_VERSION } : read;
}
