/** Shared fixtures for the validator's tests: the shipped Beijing file and ways to break it. */
import { readFileSync } from "node:fs";

/** The shipped contact file's text. */
export const SHIPPED_TEXT = readFileSync(new URL("../../../data/beijing-office.json", import.meta.url), "utf8");

/** A fresh, mutable copy of the shipped contact. */
export function shipped(): Record<string, any> {
  return JSON.parse(SHIPPED_TEXT);
}

/** The shipped contact changed by `edit`, as JSON text. */
export function edited(edit: (data: Record<string, any>) => void): string {
  const data = shipped();
  edit(data);
  return JSON.stringify(data, null, 2);
}
