/**
 * @module Bench: validating the whole generated directory, as `npm run validate` and every
 * build do (read, parse, check every rule), against only reading and parsing the same files.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { BenchContext } from "./context";
import { onceMs, type BenchSuite } from "./measure";

/** Validate time of N contacts. */
export const validateSuite: BenchSuite<BenchContext> = {
  name: "validate",
  async run(context) {
    const parseOnly = await onceMs(async () => {
      for (const name of await readdir(context.dataDir))
        JSON.parse(await readFile(join(context.dataDir, name), "utf8"));
    });
    const validate = (await context.validated()).ms;
    return [
      {
        name: `npm run validate, ${context.count.toLocaleString("en")} contacts`,
        value: validate,
        unit: "ms",
        baseline: { name: "read + JSON.parse only", value: parseOnly },
        note: `${(validate / context.count).toFixed(2)} ms a contact: phones by libphonenumber-js, addresses against GB/T 2260, pinyin of every name`,
      },
    ];
  },
};
