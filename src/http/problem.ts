/**
 * @module RFC 9457 problem details: the one shape of every 4xx and 5xx this service answers,
 * and the error type that route code throws to produce one.
 */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** RFC 9457 §3: media type of a problem details object in JSON. */
export const PROBLEM_JSON = "application/problem+json";

/** The members of a problem details object; extensions beside the standard five. */
export interface ProblemDetails {
  /** RFC 9457 §3.1.1: a URI reference naming the problem type; "about:blank" means "see status". */
  readonly type?: string;
  readonly title: string;
  readonly status: ContentfulStatusCode;
  readonly detail?: string;
  readonly instance?: string;
  readonly [extension: string]: unknown;
}

/** Thrown by routes and middleware; the app's error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.name = "HttpProblem";
  }
}

/** Writes a problem details response (never cached: errors must not stick at the edge). */
export function problemResponse(c: Context, problem: ProblemDetails, headers: Record<string, string> = {}): Response {
  const body: ProblemDetails = {
    type: "about:blank",
    ...problem,
    instance: problem.instance ?? new URL(c.req.url).pathname,
  };
  return c.newResponse(JSON.stringify(body), problem.status, {
    "Content-Type": `${PROBLEM_JSON}; charset=utf-8`,
    "Cache-Control": "no-store",
    ...headers,
  });
}

// RFC 9110 §15: the reason phrases, as problem titles (RFC 9457 §3.1.3: "SHOULD NOT change
// from occurrence to occurrence"). Statuses this service does not answer fall back to the class.
const TITLES: Readonly<Record<number, string>> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  500: "Internal Server Error",
};

/** The title of a status's problems ("Not Acceptable" for 406). */
export function statusTitle(status: number): string {
  return TITLES[status] ?? (status >= 500 ? "Server Error" : "Client Error");
}

/** A problem of `status` with its standard title. */
export function problem(
  status: ContentfulStatusCode,
  detail: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): HttpProblem {
  return new HttpProblem({ title: statusTitle(status), status, detail, ...extensions }, headers);
}

/**
 * The problem an error stands for: an `HttpProblem` as it is; Hono's `HTTPException` (thrown
 * by its helpers, e.g. for a body it cannot parse) with its status; anything else is a 500
 * that shows nothing of the error (its message may hold data or internals).
 */
export function problemOf(err: unknown): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (err instanceof HTTPException && err.status >= 400 && err.status < 500) {
    return problem(err.status as ContentfulStatusCode, err.message || statusTitle(err.status));
  }
  return problem(500, "Something went wrong on our side. Please try again later.");
}
