/**
 * Starts the worker once for the browser tests, as `wrangler dev` would (workerd, the
 * bundled data, the real HTTP stack) on a free local port, and stops it after them. The
 * tests read its URL with `inject("baseUrl")`.
 */
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** A port nobody listens on now (npm start keeps 8787). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Nothing leaves the machine: no usage metrics, and no download of the `Request.cf` sample
  // that miniflare otherwise fetches from Cloudflare (it uses its placeholder).
  process.env.WRANGLER_SEND_METRICS = "false";
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
  const port = await freePort();
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    dev: {
      server: { hostname: "127.0.0.1", port },
      inspector: false,
      watch: false,
      liveReload: false,
      logLevel: "warn",
    },
  });
  await worker.ready;
  project.provide("baseUrl", (await worker.url).origin);
  return () => worker.dispose();
}
