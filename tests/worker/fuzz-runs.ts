/**
 * How many cases a fuzz property runs: a CI-sized default, or `FUZZ_RUNS=N` from the command
 * line (`FUZZ_RUNS=20000 npx vitest run --project worker tests/worker/fuzz`), which
 * vitest.config.ts hands to workerd as the provided value `fuzzRuns`.
 */
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** FUZZ_RUNS, or 0 when it is not set. */
    fuzzRuns: number;
  }
}

/** FUZZ_RUNS when set, else `ciRuns`. */
export function fuzzRuns(ciRuns: number): number {
  return inject("fuzzRuns") || ciRuns;
}

/** A time limit for a property of `runs` cases at about `msPerRun` each (never under a minute). */
export const timeoutFor = (runs: number, msPerRun = 20): number => Math.max(60_000, runs * msPerRun * 2);
