/** Shared fixtures of the vCard tests: the shipped contact, validated, and the golden files. */
import { readFileSync } from "node:fs";
import type { Contact } from "../../../src/model/contact";
import { validateContactText } from "../../../src/validate/contact";

/** The shipped Beijing office, normalised by the validator as the worker serves it. */
export function shippedContact(): Contact {
  const file = "data/beijing-office.json";
  const result = validateContactText(readFileSync(new URL(`../../../${file}`, import.meta.url), "utf8"), {
    file,
    expectedId: "beijing-office",
  });
  if (!result.contact) throw new Error(`the shipped contact does not validate: ${JSON.stringify(result.problems)}`);
  return result.contact;
}

/** Where the golden files live. */
export const FIXTURES = new URL("../../fixtures/vcard/", import.meta.url);

/** A golden file's text, byte for byte. */
export const readFixture = (name: string): string => readFileSync(new URL(name, FIXTURES), "utf8");

/** The lines of a vCard as a reader unfolds them (RFC 6350 §3.2). */
export const unfoldedLines = (card: string): string[] =>
  card
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);
