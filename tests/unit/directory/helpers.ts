/** Generated directories for search and pagination tests, validated once per process. */
import { readFileSync } from "node:fs";
import { generateDirectory } from "../../../src/cli/generate/directory";
import type { Contact } from "../../../src/model/contact";
import { validateContactText } from "../../../src/validate/contact";
import { validateDirectory } from "../../../src/validate/directory";
// Contacts as the build bundles them: names read in context.
import { readInContext } from "../../../src/cli/phonetic-in-context";

/** The day the generated dates are checked against (they all lie before it). */
export const TODAY = "2026-11-29";

const cache = new Map<string, readonly Contact[]>();

/** `count` generated contacts (validated, sorted by id), the same for the same seed. */
export function generatedContacts(count: number, seed = 1): readonly Contact[] {
  const key = `${count}/${seed}`;
  let contacts = cache.get(key);
  if (!contacts) {
    const files = generateDirectory({ count, seed }).map((f) => ({ name: `${f.id}.json`, text: JSON.stringify(f) }));
    const result = validateDirectory(files, undefined, TODAY, readInContext);
    if (result.problems.length > 0)
      throw new Error(`generated data has problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
    contacts = result.contacts;
    cache.set(key, contacts);
  }
  return contacts;
}

/** The shipped Beijing office, validated. */
export function shippedOffice(): Contact {
  const text = readFileSync(new URL("../../../data/beijing-office.json", import.meta.url), "utf8");
  const { contact } = validateContactText(text, { file: "beijing-office.json", today: TODAY, phonetic: readInContext });
  if (!contact) throw new Error("the shipped office is invalid");
  return contact;
}

/** Generated contacts plus the shipped office (no longer primary), sorted by id as stores keep them. */
export function directoryWithOffice(count: number, seed = 1): readonly Contact[] {
  const office = { ...shippedOffice(), primary: false };
  return [...generatedContacts(count, seed), office].sort((a, b) => (a.id < b.id ? -1 : 1));
}
