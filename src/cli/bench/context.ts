/**
 * @module What every bench suite shares: a generated directory of N contacts written to a
 * temporary data folder (as `npm run directory:generate` writes it), validated once, and its
 * search index built once (as `npm run build:data` builds it).
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Contact } from "../../model/contact";
import type { SearchIndex } from "../../search/index-format";
import { buildSearchIndex } from "../../search/search-index";
import { hasErrors, formatProblem } from "../../validate/problem";
import { loadDirectory } from "../data-dir";
import { generateDirectory } from "../generate/directory";
import { buildWorker, type WorkerBuild } from "./worker-build";

/** The shared state of one bench run. */
export interface BenchContext {
  /** How many contacts were generated, and from which seed. */
  readonly count: number;
  readonly seed: number;
  /** Longer load runs (`--long`): steadier numbers, several minutes more. */
  readonly long: boolean;
  /** The project's root folder (where package.json is). */
  readonly root: string;
  /** A temporary folder for this run, removed at the end. */
  readonly work: string;
  /** The folder of generated contact files. */
  readonly dataDir: string;
  /** The generated contacts, validated as `npm run validate` does, and how long that took. */
  validated(): Promise<{ readonly contacts: readonly Contact[]; readonly ms: number }>;
  /** The validated contacts. */
  contacts(): Promise<readonly Contact[]>;
  /** Their search index (the first call builds it). */
  index(): Promise<SearchIndex>;
  /** The worker built over the shipped data/ or over the generated folder (built on first use). */
  worker(data: "shipped" | "generated"): Promise<WorkerBuild>;
  /** Removes the temporary folder. */
  dispose(): Promise<void>;
}

/** Generates `count` contacts into a new temporary folder. */
export async function createBenchContext(count: number, seed: number, long = false): Promise<BenchContext> {
  const root = new URL("../../../", import.meta.url).pathname;
  const work = await mkdtemp(join(tmpdir(), "contact-bench-"));
  const dataDir = join(work, "data");
  await mkdir(dataDir);
  for (const file of generateDirectory({ count, seed }))
    await writeFile(join(dataDir, `${file.id}.json`), `${JSON.stringify(file, null, 2)}\n`);

  let validated: ReturnType<BenchContext["validated"]> | undefined;
  let index: Promise<SearchIndex> | undefined;
  const workers = new Map<string, Promise<WorkerBuild>>();
  const context: BenchContext = {
    count,
    seed,
    long,
    root,
    work,
    dataDir,
    validated: () =>
      (validated ??= (async () => {
        const start = performance.now();
        const { contacts, problems } = await loadDirectory(dataDir);
        const ms = performance.now() - start;
        if (hasErrors(problems))
          throw new Error(`the generated data has errors:\n${problems.slice(0, 5).map(formatProblem).join("\n")}`);
        return { contacts, ms };
      })()),
    contacts: () => context.validated().then((v) => v.contacts),
    index: () => (index ??= context.contacts().then(buildSearchIndex)),
    worker: (data) => {
      let build = workers.get(data);
      if (!build) {
        build = buildWorker(root, data === "shipped" ? join(root, "data") : dataDir, join(work, `worker-${data}`));
        workers.set(data, build);
      }
      return build;
    },
    dispose: () => rm(work, { recursive: true, force: true }),
  };
  return context;
}
