/**
 * @module A worker served by workerd on a free loopback port, for load runs: the bundle
 * `wrangler deploy --dry-run --outdir` writes, run by Miniflare (the workerd wrapper under
 * `wrangler dev`) with the compatibility settings of the project's wrangler.toml. `wrangler dev`
 * itself puts a proxy worker in front of the user's (for live reload), which on this machine
 * caps a constant worker at about 400 requests a second against 1,900 without it: the proxy
 * would be measured, not the worker. No request leaves the machine: the `Request.cf` data is
 * not fetched, and the server listens on 127.0.0.1 only.
 */
import { writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { Log, LogLevel, Miniflare } from "miniflare";
import { unstable_getMiniflareWorkerOptions } from "wrangler";
import type { Snapshot } from "./hot-routes";

/** A running worker. */
export interface LocalWorker {
  /** Its origin, `http://127.0.0.1:<port>`. */
  readonly origin: string;
  /** Stops workerd. */
  dispose(): Promise<void>;
}

/** Which worker to run. */
export interface LocalWorkerOptions {
  /** The ES module of the worker (the bundle's `index.js`). */
  readonly scriptPath: string;
  /** The wrangler.toml whose compatibility date, flags and bindings apply. */
  readonly configPath: string;
}

/**
 * Copies workerd's error output to ours, but for a client hanging up mid-answer: a load
 * generator closes its connections when its time is up, and workerd reports each one.
 */
function passRuntimeErrors(stderr: Readable): void {
  let skipStack = false;
  createInterface({ input: stderr }).on("line", (line) => {
    if (/disconnected: .*(Connection reset by peer|Broken pipe)/.test(line)) skipStack = true;
    else if (skipStack && line.startsWith("stack:")) skipStack = false;
    else {
      skipStack = false;
      process.stderr.write(`${line}\n`);
    }
  });
}

/** Starts `options.scriptPath` in workerd on a free port of 127.0.0.1. */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  // Miniflare would otherwise download the `Request.cf` object from the Internet.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= "false";
  const { workerOptions } = unstable_getMiniflareWorkerOptions(options.configPath);
  const mf = new Miniflare({
    ...workerOptions,
    modules: true,
    scriptPath: options.scriptPath,
    // Module names are paths from here: the script's own folder, so none starts with "..".
    modulesRoot: dirname(options.scriptPath),
    host: "127.0.0.1",
    port: 0,
    cf: false,
    // Startup failures (a syntax error, a bad compatibility flag) are worth seeing.
    log: new Log(LogLevel.WARN),
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      stdout.resume();
      passRuntimeErrors(stderr);
    },
  } as ConstructorParameters<typeof Miniflare>[0]);
  const url = await mf.ready;
  return { origin: url.origin, dispose: () => mf.dispose() };
}

/**
 * Writes, in `dir`, a worker that answers every request with `response` (its body made once,
 * at startup), and returns its path: the baseline a real worker is held against.
 */
export async function writeConstantWorker(dir: string, name: string, response: Snapshot): Promise<string> {
  const path = join(dir, `${name}.mjs`);
  const source = `// The same bytes as a constant: the least any worker can do for this answer.
const BODY = Uint8Array.from(atob(${JSON.stringify(Buffer.from(response.body).toString("base64"))}), (c) => c.charCodeAt(0));
const HEADERS = ${JSON.stringify(response.headers)};
export default { fetch: () => new Response(BODY, { status: ${response.status}, headers: HEADERS }) };
`;
  await writeFile(path, source);
  return path;
}
