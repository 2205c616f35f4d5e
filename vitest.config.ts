import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// Three projects: pure logic in Node, HTTP behaviour inside workerd (the Workers runtime), and
// the pages in Debian's Chromium against the worker served locally.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        plugins: [cloudflareTest({ main: "./src/index.ts", wrangler: { configPath: "./wrangler.toml" } })],
        // FUZZ_RUNS=N scales the fuzz tests (tests/worker/fuzz-*.test.ts); inside workerd they
        // read it with inject("fuzzRuns"), as there is no process.env there.
        test: {
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          provide: { fuzzRuns: Number(process.env.FUZZ_RUNS) || 0 },
        },
      },
      {
        // Real Chromium against the worker served by wrangler (tests/browser/global-setup.ts).
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
