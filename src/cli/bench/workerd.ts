/**
 * @module Bench: the hot routes in workerd over loopback HTTP, under load from autocannon: the
 * worker as it would be deployed (over the shipped data, then over the generated directory,
 * whose bundle fills most of an isolate's heap) against a worker that sends
 * the same status, headers and bytes as a constant, in alternating rounds of the same length.
 * The ratio of requests per second (the median of each round pair's) is what our worker
 * costs on top of the runtime (issue 6 aims for at least 0.9); p99 latency beside the
 * constant's. Load generator and workerd share this machine's cores, the same way for both
 * sides; a first line runs the constant against a copy of itself, so the table shows how far
 * from 1.00 the machine alone puts a ratio.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { loadDirectory } from "../data-dir";
import type { BenchContext } from "./context";
import { hotRoutes, notServed, snapshotOf, type Snapshot } from "./hot-routes";
import { runLoad, type LoadResult } from "./load-run";
import { startLocalWorker, writeConstantWorker, type LocalWorker } from "./local-worker";
import type { BenchSuite, Row } from "./measure";
import { alternate, median, pairedRatio } from "./throughput";

/** Issue 6: the worker serves at least 90% of the requests a constant worker would. */
export const WORKERD_TARGET = 0.9;

/** Connections kept open by the load generator. */
export const CONNECTIONS = 8;

/** The workerd suite. */
export const workerdSuite: BenchSuite<BenchContext> = {
  name: "workerd (loopback HTTP, autocannon)",
  async run(context) {
    const rounds = context.long ? 10 : 6;
    const seconds = context.long ? 5 : 1;
    const dir = join(context.work, "constant-workers");
    await mkdir(dir, { recursive: true });
    const rows: Row[] = [];
    // The office as deployed, then the generated directory: a large bundle's heap costs GC time.
    const shipped = await loadDirectory(join(context.root, "data"));
    const builds = [
      { data: "shipped" as const, label: "shipped data", contacts: shipped.contacts },
      {
        data: "generated" as const,
        label: `${context.count.toLocaleString("en")} contacts`,
        contacts: await context.contacts(),
      },
    ];
    for (const [b, { data, label, contacts }] of builds.entries()) {
      const build = await context.worker(data);
      const primary = contacts.find((c) => c.primary) ?? contacts[0]!;
      const subject = await startLocalWorker({ scriptPath: build.module, configPath: build.config });
      try {
        for (const [i, route] of hotRoutes(primary.id).entries()) {
          // As autocannon asks: no Accept-Encoding. (fetch would ask for gzip and unpack it, and a
          // constant sent with `Content-Encoding: gzip` is compressed by workerd on every request.)
          const snapshot = await snapshotOf(
            await fetch(`${subject.origin}${route.path}`, {
              headers: { ...route.headers, "Accept-Encoding": "identity" },
            }),
          );
          const why = notServed(route, snapshot);
          if (why) {
            rows.push({ name: route.name, pending: why });
            continue;
          }
          const script = await writeConstantWorker(dir, `route-${b}-${i}`, snapshot);
          const constant: LocalWorker = await startLocalWorker({ scriptPath: script, configPath: build.config });
          try {
            const load = (origin: string, s: number) =>
              runLoad({ origin, requests: [route], connections: CONNECTIONS, seconds: s });
            // Warm both up (JIT, connections) before the rounds that count.
            await load(subject.origin, 1);
            await load(constant.origin, 1);
            const results = await alternate(
              (side) => load(side === "subject" ? subject.origin : constant.origin, seconds),
              rounds,
            );
            if (b === 0 && i === 0) rows.push(await noiseRow(dir, snapshot, build.config, rounds, seconds));
            rows.push(...routeRows(`${route.name}, ${label}`, results.subject, results.baseline));
          } finally {
            await constant.dispose();
          }
        }
      } finally {
        await subject.dispose();
      }
    }
    return rows;
  },
};

/** The same constant worker twice, side by side: the ratio the machine gives two equals. */
async function noiseRow(
  dir: string,
  snapshot: Snapshot,
  config: string,
  rounds: number,
  seconds: number,
): Promise<Row> {
  const [a, b] = [
    await writeConstantWorker(dir, "noise-a", snapshot),
    await writeConstantWorker(dir, "noise-b", snapshot),
  ];
  const [first, second] = [
    await startLocalWorker({ scriptPath: a, configPath: config }),
    await startLocalWorker({ scriptPath: b, configPath: config }),
  ];
  try {
    const load = (origin: string) => runLoad({ origin, requests: [{ path: "/" }], connections: CONNECTIONS, seconds });
    await load(first.origin);
    await load(second.origin);
    const results = await alternate((side) => load(side === "subject" ? first.origin : second.origin), rounds);
    const rates = {
      subject: results.subject.map((r) => r.requestsPerSecond),
      baseline: results.baseline.map((r) => r.requestsPerSecond),
    };
    return {
      name: "noise: a constant worker against a copy of itself",
      value: median(rates.subject),
      unit: "req/s",
      baseline: { name: "its copy", value: median(rates.baseline) },
      ratio: pairedRatio(rates.subject, rates.baseline),
      note: "what this machine alone makes of two equal workers: read the ratios below within this distance of 1.00",
    };
  } finally {
    await first.dispose();
    await second.dispose();
  }
}

/** The throughput and p99 lines of one route, from the rounds of both sides. */
function routeRows(name: string, subject: readonly LoadResult[], baseline: readonly LoadResult[]): Row[] {
  const failures = [...subject, ...baseline].reduce(
    (sum, r) => sum + r.errors + r.timeouts + (r.responses - (r.statuses[200] ?? 0)),
    0,
  );
  const note =
    failures > 0
      ? `✗ ${failures} responses were not 200 or failed: the numbers do not describe the route`
      : `${CONNECTIONS} connections, ${subject.length} rounds of ${subject[0]!.responses.toLocaleString("en")}+ requests a side`;
  return [
    {
      name,
      value: median(subject.map((r) => r.requestsPerSecond)),
      unit: "req/s",
      baseline: {
        name: "a worker sending the same bytes as a constant",
        value: median(baseline.map((r) => r.requestsPerSecond)),
      },
      ratio: pairedRatio(
        subject.map((r) => r.requestsPerSecond),
        baseline.map((r) => r.requestsPerSecond),
      ),
      target: { ratioAtLeast: WORKERD_TARGET },
      note,
    },
    {
      name: `  p99 latency`,
      value: median(subject.map((r) => r.p99)),
      unit: "ms",
      baseline: { name: "the constant worker's", value: median(baseline.map((r) => r.p99)) },
    },
  ];
}
