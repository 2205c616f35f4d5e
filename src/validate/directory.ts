/**
 * @module Validates a whole directory of contact files: each file, then the rules across
 * files (ids unique, exactly one primary contact). Sorted by id, so output is stable. Pure.
 */
import type { Contact } from "../model/contact";
import { validateContactText } from "./contact";
import type { PhoneticReader } from "./phonetic";
import { error, type Problem } from "./problem";

/** A contact file's name (`beijing-office.json`) and text. */
export interface SourceFile {
  readonly name: string;
  readonly text: string;
}

export interface DirectoryResult {
  /** Every valid contact, sorted by id; complete only when `problems` has no error. */
  readonly contacts: readonly Contact[];
  readonly problems: readonly Problem[];
}

/** Validates every file of a directory; `label` turns a file name into its shown path. */
export function validateDirectory(
  files: readonly SourceFile[],
  label: (name: string) => string = (n) => n,
  today?: string,
  phonetic?: PhoneticReader,
): DirectoryResult {
  const problems: Problem[] = [];
  const contacts: Contact[] = [];
  const byId = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const expectedId = file.name.replace(/\.json$/i, "");
    const result = validateContactText(file.text, {
      file: label(file.name),
      expectedId,
      ...(today ? { today } : {}),
      ...(phonetic ? { phonetic } : {}),
    });
    problems.push(...result.problems);
    if (!result.contact) continue;
    const id = result.contact.id.toLowerCase();
    const first = byId.get(id);
    if (first !== undefined) {
      problems.push({
        ...error(
          "duplicate-id",
          ["id"],
          `the id ${JSON.stringify(result.contact.id)} is already used by ${label(first)}: expected every contact to have its own id`,
          "a unique id",
          result.contact.id,
        ),
        file: label(file.name),
      });
      continue;
    }
    byId.set(id, file.name);
    contacts.push(result.contact);
  }
  if (files.length === 0) {
    problems.push({
      ...error(
        "file-empty",
        [],
        "there are no contact files: expected at least one file like beijing-office.json",
        "at least one contact",
      ),
      file: label(""),
    });
  }
  const primaries = contacts.filter((c) => c.primary);
  if (contacts.length > 0 && primaries.length !== 1 && !problems.some((p) => p.severity === "error")) {
    const detail =
      primaries.length === 0
        ? 'no contact is marked "primary": true: expected exactly one, the contact shown at / and /contact.vcf'
        : `${primaries.length} contacts are marked "primary": true (${primaries.map((c) => c.id).join(", ")}): expected exactly one`;
    problems.push({
      ...error("primary-count", ["primary"], detail, "exactly one primary contact"),
      file: label(primaries[1] ? `${primaries[1].id}.json` : ""),
    });
  }
  contacts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { contacts, problems };
}
