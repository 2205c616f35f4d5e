/** Contacts for the page tests: the shipped office, and variants validated as the worker would. */
import { readFileSync } from "node:fs";
import type { Contact } from "../../../src/model/contact";
import { validateContactValue } from "../../../src/validate/contact";

/** The shipped data file as JSON. */
export const shippedFile = (): Record<string, any> =>
  JSON.parse(readFileSync(new URL("../../../data/beijing-office.json", import.meta.url), "utf8"));

/** A data file, validated (no error allowed). */
export function validated(file: Record<string, unknown>): Contact {
  const result = validateContactValue(file, { file: "test.json", today: "2026-12-31" });
  if (!result.contact) throw new Error(`test contact does not validate: ${JSON.stringify(result.problems)}`);
  return result.contact;
}

/** The shipped office as the worker serves it. */
export const shipped = (): Contact => validated(shippedFile());
