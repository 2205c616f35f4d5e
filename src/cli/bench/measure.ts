/**
 * @module What a benchmark measures and how: a `Measurement` (a value, the baseline measured
 * in the same run and their ratio, the platform limit it is held against), and a timer that
 * repeats a task until the median is stable. Ratios, never absolute times, are what compare
 * across machines, so nothing here asserts a time.
 */

/** Units the table knows how to print. */
export type Unit = "ms" | "KiB" | "count" | "req/s";

/** A reference value: the same task done the simplest way, or a platform's limit. */
export interface Reference {
  readonly name: string;
  readonly value: number;
}

/** One line of the bench table. */
export interface Measurement {
  /** What was measured, with its size: "search q=beijing, 10,000 contacts". */
  readonly name: string;
  readonly value: number;
  readonly unit: Unit;
  /** The baseline measured in the same run; the table prints value ÷ baseline. */
  readonly baseline?: Reference;
  /**
   * The ratio to the baseline when it is not simply value ÷ baseline: for load rounds run in
   * pairs, the median of each pair's ratio, which a drift of the machine's speed during the
   * run does not bias.
   */
  readonly ratio?: number;
  /** A platform limit the value must stay under (Workers' 3 MiB, 1 s startup, …). */
  readonly limits?: readonly Reference[];
  /** What the project aims for (issue 6): the table says whether it is met. */
  readonly target?: Target;
  readonly note?: string;
}

/** A goal: the ratio to the baseline at least some value, or the value at most some value. */
export type Target = { readonly ratioAtLeast: number } | { readonly atMost: number };

/** Whether `m` meets its target; undefined when it has none (or no baseline to take a ratio of). */
export function meetsTarget(m: Measurement): boolean | undefined {
  if (!m.target) return undefined;
  if ("atMost" in m.target) return m.value <= m.target.atMost;
  const r = ratioOf(m);
  return r === undefined ? undefined : r >= m.target.ratioAtLeast;
}

/** The ratio of `m` to its baseline, if it has one. */
export function ratioOf(m: Measurement): number | undefined {
  if (m.ratio !== undefined) return m.ratio;
  return m.baseline && m.baseline.value > 0 ? m.value / m.baseline.value : undefined;
}

/** A line for something that cannot be measured yet (a route another engineer has not landed). */
export interface Pending {
  readonly name: string;
  /** Why there is no value: "not yet served". */
  readonly pending: string;
}

/** A line of the table: a measurement, or why there is none. */
export type Row = Measurement | Pending;

/** A group of measurements (one module of this folder). */
export interface BenchSuite<Context> {
  readonly name: string;
  run(context: Context): Promise<readonly Row[]>;
}

/** How long to keep repeating a timed task. */
export interface TimeOptions {
  /** At least this many runs (default 5). */
  readonly minRuns?: number;
  /** And at least this long in total, in ms (default 200). */
  readonly minTotalMs?: number;
  /** Untimed runs first, to let the JIT settle (default 1). */
  readonly warmup?: number;
}

/** The median duration of `task` in ms, over runs repeated as `options` say. */
export async function medianMs(task: () => unknown, options: TimeOptions = {}): Promise<number> {
  const { minRuns = 5, minTotalMs = 200, warmup = 1 } = options;
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < minRuns || performance.now() - start < minTotalMs) {
    const t0 = performance.now();
    await task();
    times.push(performance.now() - t0);
    if (times.length >= 10_000) break;
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

/** The duration of one run of `task` in ms (for tasks too long to repeat). */
export async function onceMs(task: () => unknown): Promise<number> {
  const t0 = performance.now();
  await task();
  return performance.now() - t0;
}
