/**
 * @module One load run with autocannon against a local server: a list of requests cycled over
 * a number of keep-alive connections, bounded by a count of requests and by a time, whichever
 * comes first, so it always stops by itself. Counts every status and socket error, and keeps
 * each response's time (autocannon's own histogram rounds to whole milliseconds).
 */
import autocannon from "autocannon";

/** One request of the cycle. */
export interface LoadRequest {
  /** Path and query. */
  readonly path: string;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What to run. */
export interface LoadOptions {
  /** `http://127.0.0.1:<port>`: loopback only. */
  readonly origin: string;
  /** Cycled in order by each connection. */
  readonly requests: readonly LoadRequest[];
  /** Concurrent connections (default 10). */
  readonly connections?: number;
  /** Stop after this many seconds at most. */
  readonly seconds: number;
  /** Stop after this many requests, if sooner. */
  readonly amount?: number;
}

/** What came back. */
export interface LoadResult {
  /** Responses received. */
  readonly responses: number;
  readonly requestsPerSecond: number;
  /** Latency percentiles in ms. */
  readonly p50: number;
  readonly p99: number;
  /** Responses by status. */
  readonly statuses: Readonly<Record<number, number>>;
  /** Socket errors and timeouts (no response at all). */
  readonly errors: number;
  readonly timeouts: number;
  /** Whether the run ended on its count or on its time. */
  readonly stoppedBy: "count" | "time";
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Runs the load and resolves when it has stopped. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const origin = new URL(options.origin);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(origin.hostname))
    throw new Error(`load runs stay on this machine: ${origin.hostname} is not a loopback address`);
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  let timedOut = false;
  const start = performance.now();
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (err: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => ([finish, fail] = [resolve, reject]));
  const instance = autocannon(
    {
      url: origin.href,
      connections: options.connections ?? 10,
      ...(options.amount === undefined ? { duration: options.seconds } : { amount: options.amount }),
      requests: options.requests.map((r) => ({
        path: r.path,
        method: (r.method ?? "GET") as "GET",
        headers: { ...r.headers },
        ...(r.body === undefined ? {} : { body: r.body }),
      })),
      timeout: 10,
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    times.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  // autocannon lets a count run on past its time: stop it at the time bound.
  const timer =
    options.amount === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          instance.stop();
        }, options.seconds * 1000);
  const result = await done.finally(() => clearTimeout(timer));
  const elapsed = (performance.now() - start) / 1000;
  times.sort((a, b) => a - b);
  return {
    responses: times.length,
    requestsPerSecond: times.length / elapsed,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    stoppedBy: timedOut || options.amount === undefined ? "time" : "count",
  };
}

/** The responses that count as failures: anything but 2xx and 3xx. */
export function failedResponses(result: LoadResult): number {
  return Object.entries(result.statuses).reduce(
    (sum, [status, n]) => (Number(status) >= 400 || Number(status) < 200 ? sum + n : sum),
    0,
  );
}
