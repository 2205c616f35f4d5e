/**
 * @module The JSON Schema of contact files (`data/schema.json`), generated from the Zod schema
 * the validator uses, so editors and validator can never disagree. `npm run schema` writes it.
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import * as z from "zod/mini";
import { ContactFileSchema } from "../model/schema";

/** The JSON Schema document for one contact file, as text ending in a newline. */
export function contactFileJsonSchema(): string {
  const schema = z.toJSONSchema(ContactFileSchema, { target: "draft-2020-12", io: "input" });
  const document = {
    ...schema,
    title: "Contact",
    description:
      "One contact of the directory. Run `npm run validate` after editing; it checks far more than this schema.",
  };
  return JSON.stringify(document, null, 2) + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL("../../data/schema.json", import.meta.url);
  await writeFile(out, contactFileJsonSchema());
  console.log(`wrote ${fileURLToPath(out)}`);
}
