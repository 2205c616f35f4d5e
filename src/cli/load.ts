/**
 * @module `npm run load [-- --requests N --seconds S --connections C]`: a bounded load run on
 * loopback. Builds the worker as `wrangler deploy` would (over DATA_DIR or data/, in a
 * temporary folder), serves it in workerd on a free port of 127.0.0.1, checks once that every
 * route of the mix answers, then sends the mix (every route, each representation, a search,
 * a conditional GET, a preflight, a validation) until N requests are answered or S seconds
 * have passed, whichever is first. Passes (exit 0) only with no socket error, no timeout and
 * no status outside 2xx and 3xx.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { contactPaths, DIRECTORY_PATHS } from "../model/urls";
import { failedResponses, runLoad, type LoadRequest } from "./bench/load-run";
import { startLocalWorker } from "./bench/local-worker";
import { buildWorker } from "./bench/worker-build";
import { dataDir, loadDirectory } from "./data-dir";

/** The default budget: CI-sized, well under a minute of load on 2 cores. */
export const LOAD_DEFAULTS = { requests: 20_000, seconds: 60, connections: 10 } as const;

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: String(LOAD_DEFAULTS.requests) },
    seconds: { type: "string", default: String(LOAD_DEFAULTS.seconds) },
    connections: { type: "string", default: String(LOAD_DEFAULTS.connections) },
  },
});
const [requests, seconds, connections] = [values.requests, values.seconds, values.connections].map(Number) as [
  number,
  number,
  number,
];
for (const [name, value] of Object.entries({ requests, seconds, connections }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);

/** The mix: every route people and programs use, in every form. */
function mix(id: string, dataFile: string, etag: string | null): LoadRequest[] {
  const paths = contactPaths(id);
  const json = { "Content-Type": "application/json" };
  return [
    { path: DIRECTORY_PATHS.primaryVcard },
    { path: `${DIRECTORY_PATHS.primaryVcard}?version=4.0` },
    { path: paths.vcard },
    { path: paths.api, headers: { Accept: "application/json" } },
    { path: paths.api, headers: { Accept: "application/jscontact+json" } },
    { path: `${paths.api}?format=jcard` },
    { path: paths.api, headers: { Accept: "text/vcard;version=4.0" } },
    { path: `${DIRECTORY_PATHS.api}?q=beijing` },
    { path: `${DIRECTORY_PATHS.api}?q=${encodeURIComponent("北京")}&limit=5` },
    { path: DIRECTORY_PATHS.vcard },
    { path: DIRECTORY_PATHS.home, headers: { Accept: "text/html" } },
    { path: paths.page, headers: { Accept: "text/html" } },
    { path: `${DIRECTORY_PATHS.page}?q=beijing`, headers: { Accept: "text/html" } },
    { path: paths.qr },
    { path: DIRECTORY_PATHS.openapi },
    { path: DIRECTORY_PATHS.validate, method: "POST", headers: json, body: dataFile },
    ...(etag ? [{ path: DIRECTORY_PATHS.primaryVcard, headers: { "If-None-Match": etag } }] : []),
    {
      path: paths.api,
      method: "OPTIONS",
      headers: { Origin: "https://site.example", "Access-Control-Request-Method": "GET" },
    },
  ];
}

const root = new URL("../../", import.meta.url).pathname;
const data = dataDir();
const { contacts } = await loadDirectory(data);
const primary = contacts.find((c) => c.primary) ?? contacts[0];
if (!primary) throw new Error(`no valid contact in ${data}: run npm run validate`);
const dataFile = await readFile(join(data, `${primary.id}.json`), "utf8");

const work = await mkdtemp(join(tmpdir(), "contact-load-"));
let failed = true;
try {
  console.error(`building the worker over ${data}…`);
  const build = await buildWorker(root, data, join(work, "worker"));
  const worker = await startLocalWorker({ scriptPath: build.module, configPath: build.config });
  try {
    const etag = (await fetch(`${worker.origin}${DIRECTORY_PATHS.primaryVcard}`)).headers.get("ETag");
    const cycle = mix(primary.id, dataFile, etag);
    // Each route once first: a route that fails says so by name, not as a count.
    const broken: string[] = [];
    for (const r of cycle) {
      const res = await fetch(`${worker.origin}${r.path}`, {
        method: r.method ?? "GET",
        headers: r.headers ?? {},
        ...(r.body ? { body: r.body } : {}),
      });
      await res.arrayBuffer();
      if (res.status < 200 || res.status >= 400) broken.push(`${r.method ?? "GET"} ${r.path}: ${res.status}`);
    }
    if (broken.length) console.error(`routes that fail before any load:\n  ${broken.join("\n  ")}`);

    console.error(
      `${cycle.length} kinds of request, ${connections} connections, up to ${requests.toLocaleString("en")} requests or ${seconds} s…`,
    );
    const result = await runLoad({ origin: worker.origin, requests: cycle, connections, seconds, amount: requests });
    const bad = failedResponses(result);
    failed = broken.length > 0 || bad > 0 || result.errors > 0 || result.timeouts > 0 || result.responses === 0;
    const statuses = Object.entries(result.statuses)
      .map(([status, n]) => `${status}: ${n.toLocaleString("en")}`)
      .join(", ");
    console.log(
      [
        `${result.responses.toLocaleString("en")} responses in ${result.stoppedBy === "count" ? "the count" : "the time"} bound (${Math.round(result.requestsPerSecond).toLocaleString("en")} a second), p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
        `statuses: ${statuses}`,
        `failures: ${bad} outside 2xx/3xx, ${result.errors} socket errors, ${result.timeouts} timeouts`,
        failed ? "FAIL" : "PASS",
      ].join("\n"),
    );
  } finally {
    await worker.dispose();
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
