/**
 * @module `npm run bench [-- --count N --seed S --only suite,… --long]`: generates a directory
 * of N contacts (10,000 by default) and runs the suites of `src/cli/bench/`, printing each value
 * beside a baseline measured in the same run and the target it is held to. A few minutes on a
 * 2-core machine; `--long` runs the load rounds longer. New measurements are one more suite
 * module.
 */
import { parseArgs } from "node:util";
import { bundleSuite } from "./bench/bundle";
import { createBenchContext, type BenchContext } from "./bench/context";
import { directoryVcfSuite } from "./bench/directory-vcf";
import { inProcessSuite } from "./bench/in-process";
import type { BenchSuite, Row } from "./bench/measure";
import { searchSuite } from "./bench/search";
import { formatTable, missedTargets } from "./bench/table";
import { validateSuite } from "./bench/validate";
import { workerdSuite } from "./bench/workerd";
import { DEFAULT_SEED } from "./generate/directory";

/** Every suite, in the order they print. */
export const SUITES: readonly BenchSuite<BenchContext>[] = [
  inProcessSuite,
  workerdSuite,
  bundleSuite,
  validateSuite,
  searchSuite,
  directoryVcfSuite,
];

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    seed: { type: "string" },
    only: { type: "string" },
    long: { type: "boolean", default: false },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--count must be a whole number of at least 1, not ${values.count}`);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const only = values.only?.split(",").map((s) => s.trim());
const suites = only ? SUITES.filter((s) => only.some((name) => s.name.startsWith(name))) : SUITES;

console.error(`generating ${count.toLocaleString("en")} contacts (seed ${seed})…`);
const context = await createBenchContext(count, seed, values.long);
const groups: { suite: string; measurements: readonly Row[] }[] = [];
try {
  for (const suite of suites) {
    console.error(`running ${suite.name}…`);
    groups.push({ suite: suite.name, measurements: await suite.run(context) });
  }
} finally {
  await context.dispose();
}
console.log(formatTable(groups));
const missed = missedTargets(groups);
console.log(missed.length === 0 ? "\nEvery target met." : `\nTargets missed: ${missed.join("; ")}`);
