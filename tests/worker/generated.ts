/** Generated directories for the route tests, built inside workerd with the generator and validator. */
import { generateDirectory } from "../../src/cli/generate/directory";
import type { Contact } from "../../src/model/contact";
import { validateDirectory } from "../../src/validate/directory";
// Contacts as the build bundles them: names read in context.
import { readInContext } from "../../src/cli/phonetic-in-context";

/** `count` generated contacts, validated (no problem allowed) and sorted by id. */
export function generatedContacts(count: number, seed: number): readonly Contact[] {
  const files = generateDirectory({ count, seed }).map((f) => ({ name: `${f.id}.json`, text: JSON.stringify(f) }));
  const { contacts, problems } = validateDirectory(files, undefined, "2026-11-29", readInContext);
  if (problems.length > 0) throw new Error(`generated data has problems: ${JSON.stringify(problems.slice(0, 3))}`);
  return contacts;
}
