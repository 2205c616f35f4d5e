/**
 * @module Requests per second of two request handlers side by side: each is run for a short
 * round, one after the other, in alternating order (A B B A …), so that whatever the machine
 * does meanwhile (this one has 2 cores shared by everybody) falls on both alike; the result is
 * each side's median round. Nothing here asserts a time.
 */

/** How long and how often to run each side. */
export interface ThroughputOptions {
  /** Rounds per side (default 5). */
  readonly rounds?: number;
  /** Length of one round in ms (default 400). */
  readonly roundMs?: number;
  /** Untimed requests before the first round, to let the JIT settle (default 200). */
  readonly warmup?: number;
}

/** Both sides' results. */
export interface Sides<R> {
  readonly subject: R;
  readonly baseline: R;
}

/** Requests per second of `task` run back to back for about `ms`. */
export async function requestsPerSecond(task: () => Promise<unknown>, ms: number): Promise<number> {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    // Check the clock every few requests only: reading it costs as much as a tiny request.
    for (let i = 0; i < 8; i++) await task();
    done += 8;
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}

/** The median of `values` (not empty). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Runs `run` `rounds` times for each side, in alternating order; each side's results in order. */
export async function alternate<R>(
  run: (side: "subject" | "baseline", round: number) => Promise<R>,
  rounds: number,
): Promise<Sides<R[]>> {
  const subject: R[] = [];
  const baseline: R[] = [];
  for (let round = 0; round < rounds; round++) {
    // A B, then B A: a drift during a pair favours neither side.
    const order = round % 2 === 0 ? (["subject", "baseline"] as const) : (["baseline", "subject"] as const);
    for (const side of order) (side === "subject" ? subject : baseline).push(await run(side, round));
  }
  return { subject, baseline };
}

/** The median of each round's subject ÷ baseline: pairs run back to back share the machine's state. */
export const pairedRatio = (subject: readonly number[], baseline: readonly number[]): number =>
  median(subject.map((s, i) => s / baseline[i]!));

/** Requests per second of `subject` and `baseline`, in-process, measured alternately. */
export async function compareThroughput(
  subject: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  options: ThroughputOptions = {},
): Promise<Sides<number> & { readonly ratio: number }> {
  const { rounds = 5, roundMs = 400, warmup = 200 } = options;
  for (let i = 0; i < warmup; i++) {
    await subject();
    await baseline();
  }
  const rates = await alternate((side) => requestsPerSecond(side === "subject" ? subject : baseline, roundMs), rounds);
  return {
    subject: median(rates.subject),
    baseline: median(rates.baseline),
    ratio: pairedRatio(rates.subject, rates.baseline),
  };
}
