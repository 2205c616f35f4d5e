/**
 * @module Bench: the worker as deployed with the shipped data, against the project's target of
 * 256 KiB gzipped with the validator (issue 6) and its startup against an empty worker's; then
 * the worker built over the generated directory against it: its gzipped size against Workers'
 * upload limits (3 MiB Free, 10 MiB Paid, compressed), its startup CPU time against the 1 s
 * startup limit, and the heap its data takes against an isolate's 128 MB.
 */
import { join } from "node:path";
import type { BenchContext } from "./context";
import { bundleParts, describeParts } from "./bundle-parts";
import type { BenchSuite } from "./measure";
import { buildEmptyWorker, dataHeapKiB, startupMs } from "./worker-build";

/** Issue 6: the worker, validator included, at most this many KiB gzipped. */
export const BUNDLE_TARGET_KIB = 256;

/** Workers' limits (developers.cloudflare.com/workers/platform/limits/). */
export const WORKERS_LIMITS = {
  freeKiB: 3 * 1024,
  paidKiB: 10 * 1024,
  startupMs: 1000,
  /** 128 MB per isolate, in KiB. */
  memoryKiB: (128 * 1000 * 1000) / 1024,
} as const;

/** Bundle size and startup cost with N contacts bundled. */
export const bundleSuite: BenchSuite<BenchContext> = {
  name: "worker bundle",
  async run(context) {
    const n = context.count.toLocaleString("en");
    const shipped = await context.worker("shipped");
    const generated = await context.worker("generated");
    const shippedStartup = await startupMs(context.root, shipped, join(context.work, "worker-shipped"));
    const emptyDir = join(context.work, "worker-empty");
    const emptyStartup = await startupMs(context.root, await buildEmptyWorker(context.root, emptyDir), emptyDir);
    const parts = await bundleParts(shipped.metafile);
    const validator = parts.some((p) => p.name === "src/validate") ? "validator included" : "✗ validator NOT bundled";
    const generatedStartup = await startupMs(context.root, generated, join(context.work, "worker-generated"));
    const [shippedHeap, generatedHeap] = [await dataHeapKiB(shipped), await dataHeapKiB(generated)];
    const perContact = ((generated.gzipKiB - shipped.gzipKiB) * 1024) / context.count;
    const fits = (limitKiB: number) =>
      Math.floor(((limitKiB - shipped.gzipKiB) * 1024) / perContact).toLocaleString("en");
    return [
      {
        name: `worker gzipped, shipped data (${validator})`,
        value: shipped.gzipKiB,
        unit: "KiB",
        target: { atMost: BUNDLE_TARGET_KIB },
        limits: [{ name: "Free", value: WORKERS_LIMITS.freeKiB }],
        note: `largest parts before compression: ${describeParts(parts)}`,
      },
      {
        name: "worker startup CPU, shipped data",
        value: shippedStartup,
        unit: "ms",
        baseline: { name: "an empty worker", value: emptyStartup },
        limits: [{ name: "startup limit", value: WORKERS_LIMITS.startupMs }],
        // The profiler samples every few ms: an empty worker's start may fall between samples.
        ...(emptyStartup === 0
          ? { note: "the empty worker started between two samples of the profiler: no ratio" }
          : {}),
      },
      {
        name: `worker gzipped, ${n} contacts bundled`,
        value: generated.gzipKiB,
        unit: "KiB",
        baseline: { name: "with the shipped data", value: shipped.gzipKiB },
        limits: [
          { name: "Free", value: WORKERS_LIMITS.freeKiB },
          { name: "Paid", value: WORKERS_LIMITS.paidKiB },
        ],
        note: `${perContact.toFixed(0)} bytes gzipped a contact (${(generated.totalKiB / 1024).toFixed(1)} MiB uncompressed): about ${fits(WORKERS_LIMITS.freeKiB)} contacts fit the Free plan, ${fits(WORKERS_LIMITS.paidKiB)} the Paid plan`,
      },
      {
        name: `worker startup CPU, ${n} contacts bundled`,
        value: generatedStartup,
        unit: "ms",
        baseline: { name: "with the shipped data", value: shippedStartup },
        limits: [{ name: "startup limit", value: WORKERS_LIMITS.startupMs }],
        note: "wrangler check startup on this machine's CPU: parsing the bundled JSON dominates",
      },
      {
        name: `heap taken by the bundled data, ${n} contacts`,
        value: generatedHeap,
        unit: "KiB",
        baseline: { name: "with the shipped data", value: shippedHeap },
        limits: [{ name: "an isolate's memory", value: WORKERS_LIMITS.memoryKiB }],
        note: `${((generatedHeap * 1024) / context.count / 1000).toFixed(1)} KB a contact (objects, index, and the source V8 keeps), in Node's V8: about ${Math.floor((WORKERS_LIMITS.memoryKiB * 0.8 * 1024) / ((generatedHeap * 1024) / context.count)).toLocaleString("en")} contacts fill 80% of an isolate`,
      },
    ];
  },
};
