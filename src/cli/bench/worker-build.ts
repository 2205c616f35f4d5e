/**
 * @module Builds the worker over another data folder without touching the project's own
 * `src/generated/` (other people's tests import it): a copy of `src/` and the configuration in
 * a temporary folder, the data bundled into the copy, then `wrangler deploy --dry-run` and
 * `wrangler check startup` there, both local (no upload). The same build runs in workerd for
 * the load runs (./local-worker.ts): what is measured is what would be deployed.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A worker built over one data folder. */
export interface WorkerBuild {
  /** The data module the worker imports (`src/generated/bundle.js` of the copy). */
  readonly data: string;
  /** The upload wrangler would send (`--outfile`), as `wrangler check startup` reads it. */
  readonly bundle: string;
  /** The same worker as one ES module (`--outdir`), as workerd runs it. */
  readonly module: string;
  /** The copy's wrangler.toml (compatibility settings, bindings). */
  readonly config: string;
  /** esbuild's metafile of the bundle: what each input adds to it (./bundle-parts.ts). */
  readonly metafile: string;
  /** Sizes as wrangler reports them before an upload. */
  readonly totalKiB: number;
  readonly gzipKiB: number;
}

/** Builds the worker of `root` over `dataDir` in `dir` (created). */
export async function buildWorker(root: string, dataDir: string, dir: string): Promise<WorkerBuild> {
  await cp(join(root, "src"), join(dir, "src"), {
    recursive: true,
    filter: (source) => !source.includes("/src/generated"),
  });
  for (const file of ["package.json", "tsconfig.json"]) await cp(join(root, file), join(dir, file));
  // The copy bundles its data below, so wrangler's own build step (which writes into the
  // project's src/generated/) is left out of its configuration.
  const config = (await readFile(join(root, "wrangler.toml"), "utf8")).replace(
    /^\[build\][\s\S]*?(?=^\[|(?![\s\S]))/m,
    "",
  );
  await writeFile(join(dir, "wrangler.toml"), config);
  await symlink(join(root, "node_modules"), join(dir, "node_modules"));

  const env = { ...process.env, DATA_DIR: dataDir, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };
  await run(
    join(root, "node_modules/.bin/tsx"),
    [join(dir, "src/cli/build-data.ts"), "--out", join(dir, "src/generated")],
    { cwd: dir, env, maxBuffer: 1 << 24 },
  );
  const bundle = join(dir, "worker.bundle");
  const { stdout, stderr } = await run(
    join(root, "node_modules/.bin/wrangler"),
    ["deploy", "--dry-run", "--outfile", bundle, "--outdir", join(dir, "dist"), "--metafile", join(dir, "meta.json")],
    { cwd: dir, env, maxBuffer: 1 << 24 },
  );
  const sizes = /Total Upload: ([\d.]+) KiB \/ gzip: ([\d.]+) KiB/.exec(stdout + stderr);
  if (!sizes) throw new Error(`wrangler did not report the upload size:\n${stdout}${stderr}`);
  return {
    data: join(dir, "src/generated/bundle.js"),
    bundle,
    module: join(dir, "dist/index.js"),
    config: join(dir, "wrangler.toml"),
    metafile: join(dir, "meta.json"),
    totalKiB: Number(sizes[1]),
    gzipKiB: Number(sizes[2]),
  };
}

/**
 * Builds, in `dir` (created), a worker that only answers a constant: the baseline of startup
 * cost, what the runtime spends on any worker at all. Returns its upload (`--outfile`).
 */
export async function buildEmptyWorker(root: string, dir: string): Promise<Pick<WorkerBuild, "bundle">> {
  await mkdir(dir, { recursive: true });
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(await readFile(join(root, "wrangler.toml"), "utf8"))?.[1];
  await writeFile(
    join(dir, "wrangler.toml"),
    `name = "empty"\nmain = "index.mjs"\ncompatibility_date = "${date ?? "2026-04-01"}"\nsend_metrics = false\n`,
  );
  await writeFile(join(dir, "index.mjs"), `export default { fetch: () => new Response("ok") };\n`);
  const bundle = join(dir, "worker.bundle");
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };
  await run(join(root, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outfile", bundle], {
    cwd: dir,
    env,
    maxBuffer: 1 << 24,
  });
  return { bundle };
}

/** V8's CPU profile, as `wrangler check startup` writes it. */
interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: { readonly functionName: string } }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/**
 * The CPU time of the worker's startup (evaluating its global scope) in ms, as workerd runs it
 * on this machine: the time of every profile sample that is not idle.
 */
export async function startupMs(root: string, build: Pick<WorkerBuild, "bundle">, dir: string): Promise<number> {
  const outfile = join(dir, "startup.cpuprofile");
  const env = { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };
  await run(
    join(root, "node_modules/.bin/wrangler"),
    ["check", "startup", "--worker", build.bundle, "--outfile", outfile],
    { cwd: dir, env, maxBuffer: 1 << 24 },
  );
  const profile = JSON.parse(await readFile(outfile, "utf8")) as CpuProfile;
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  // timeDeltas[i] is the time up to sample i: count it for the samples that did work.
  const micros = profile.samples.reduce(
    (sum, node, i) => (idle.has(node) ? sum : sum + (profile.timeDeltas[i] ?? 0)),
    0,
  );
  return micros / 1000;
}

// Imports the data module in a fresh Node process and reports what it adds to V8's heap.
const HEAP_PROBE = `
const gc = globalThis.gc;
gc(); const before = process.memoryUsage().heapUsed;
const data = await import(process.argv[1]);
gc(); await new Promise((r) => setTimeout(r, 50)); gc();
console.log(JSON.stringify({ bytes: process.memoryUsage().heapUsed - before, contacts: data.contacts.length }));
`;

/**
 * What the bundled data (contacts, index and the source V8 keeps) adds to the heap, in KiB,
 * measured in Node's V8, the engine workerd also runs; an isolate has 128 MB in all.
 */
export async function dataHeapKiB(build: WorkerBuild): Promise<number> {
  const { stdout } = await run(process.execPath, ["--expose-gc", "--input-type=module", "-e", HEAP_PROBE, build.data], {
    maxBuffer: 1 << 20,
  });
  return (JSON.parse(stdout) as { bytes: number }).bytes / 1024;
}
