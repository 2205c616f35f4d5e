/**
 * @module `npm run directory:generate -- --count N --out DIR [--seed S] [--force]`: writes N
 * generated contacts (src/cli/generate/) as data files, for tests, benchmarks and demos;
 * `DATA_DIR=DIR npm start` then serves them. The same seed always writes the same files.
 */
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, generateDirectory, kindCounts } from "./generate/directory";
import { shownPath } from "./data-dir";

const USAGE = "usage: npm run directory:generate -- --count N --out DIR [--seed S] [--force]";
/** Above this the validator and the bundle slow down for little gain (see README, "The directory"). */
const MAX_COUNT = 1_000_000;

function fail(message: string, code = 2): never {
  console.error(`✗ ${message}\n${USAGE}`);
  process.exit(code);
}

function wholeNumber(name: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined) fail(`--${name} is missing`);
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    fail(`--${name} ${JSON.stringify(text)} is not a whole number from ${min} to ${max}`);
  return Number(text);
}

let args;
try {
  args = parseArgs({
    options: {
      count: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      force: { type: "boolean" },
    },
  }).values;
} catch (e) {
  fail((e as Error).message);
}
const count = wholeNumber("count", args.count, 1, MAX_COUNT);
const seed = args.seed === undefined ? DEFAULT_SEED : wholeNumber("seed", args.seed, 0, 2 ** 32 - 1);
if (!args.out?.trim()) fail("--out is missing: the folder to write the contact files to");
const out = resolve(args.out);

// Never mix generated files with someone's data: an existing folder must hold no contact
// files, unless --force says they are an earlier generated directory to replace.
await mkdir(out, { recursive: true });
const existing = (await readdir(out)).filter((name) => name.toLowerCase().endsWith(".json"));
if (existing.length > 0) {
  if (!args.force)
    fail(
      `${shownPath(out)} already holds ${existing.length} .json file(s): choose an empty folder, or add --force to replace them`,
      1,
    );
  await Promise.all(existing.map((name) => rm(join(out, name))));
}

const files = generateDirectory({ count, seed });
for (const file of files) await writeFile(join(out, `${file.id}.json`), `${JSON.stringify(file, null, 2)}\n`);
const kinds = kindCounts(count);
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
console.error(
  `✓ wrote ${counted(count, "contact", "contacts")} (${counted(kinds.organisations, "organisation", "organisations")}, ${counted(kinds.offices, "office", "offices")}, ${counted(kinds.people, "person", "people")}; seed ${seed}) to ${shownPath(out)}\n` +
    `  serve them with: DATA_DIR=${shownPath(out)} npm start`,
);
