/**
 * @module Bench: requests per second of the hot routes through the app in-process (Hono's
 * `app.request`, no network), over the generated directory, against a bare Hono app that
 * answers the same status, headers and bytes as a constant. The ratio is what our routes and
 * middleware cost on top of Hono itself: issue 6 aims for at least 0.7.
 */
import { Hono } from "hono";
import { createApp } from "../../http/app";
import { createIndexedStore } from "../../store/indexed-store";
import type { BenchContext } from "./context";
import { hotRoutes, notServed, snapshotOf, type Snapshot } from "./hot-routes";
import type { BenchSuite, Row } from "./measure";
import { compareThroughput } from "./throughput";

/** Issue 6: the app serves at least 70% of the requests a constant would. */
export const IN_PROCESS_TARGET = 0.7;

/** A bare Hono app answering every GET with `snapshot`. */
export function constantApp(snapshot: Snapshot): Hono {
  const app = new Hono();
  app.get(
    "*",
    () => new Response(snapshot.body, { status: snapshot.status, headers: snapshot.headers as [string, string][] }),
  );
  return app;
}

/** The same constant app twice, side by side: how far from 1.00 the machine alone puts a ratio. */
async function noiseRow(
  snapshot: Snapshot,
  url: string,
  headers: Readonly<Record<string, string>>,
  options: Parameters<typeof compareThroughput>[2],
): Promise<Row> {
  const [a, b] = [constantApp(snapshot), constantApp(snapshot)];
  const rates = await compareThroughput(
    async () => (await a.request(url, { headers })).arrayBuffer(),
    async () => (await b.request(url, { headers })).arrayBuffer(),
    options,
  );
  return {
    name: "noise: a constant app against a copy of itself",
    value: rates.subject,
    unit: "req/s",
    baseline: { name: "its copy", value: rates.baseline },
    ratio: rates.ratio,
    note: "what this machine alone makes of two equal apps: read the ratios below within this distance of 1.00",
  };
}

/** The in-process suite. */
export const inProcessSuite: BenchSuite<BenchContext> = {
  name: "in-process (Hono app.request)",
  async run(context) {
    const contacts = await context.contacts();
    const app = createApp(createIndexedStore(contacts, await context.index()));
    const primary = contacts.find((c) => c.primary) ?? contacts[0]!;
    const n = context.count.toLocaleString("en");
    const rows: Row[] = [];
    for (const route of hotRoutes(primary.id)) {
      const url = `http://localhost${route.path}`;
      const request = async () => (await app.request(url, { headers: route.headers })).arrayBuffer();
      const snapshot = await snapshotOf(await app.request(url, { headers: route.headers }));
      const why = notServed(route, snapshot);
      if (why) {
        rows.push({ name: route.name, pending: why });
        continue;
      }
      const constant = constantApp(snapshot);
      const baseline = async () => (await constant.request(url, { headers: route.headers })).arrayBuffer();
      const options = context.long ? { rounds: 9, roundMs: 2000 } : {};
      if (rows.length === 0) rows.push(await noiseRow(snapshot, url, route.headers, options));
      const rates = await compareThroughput(request, baseline, options);
      rows.push({
        name: `${route.name}, ${n} contacts`,
        value: rates.subject,
        unit: "req/s",
        baseline: { name: "a bare Hono app, same bytes as a constant", value: rates.baseline },
        ratio: rates.ratio,
        target: { ratioAtLeast: IN_PROCESS_TARGET },
      });
    }
    return rows;
  },
};
