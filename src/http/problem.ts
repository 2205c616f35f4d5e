/**
 * @module RFC 9457 problem details: the one shape of every 4xx and 5xx this service answers,
 * and the error type that route code throws to produce one.
 */
import type { Context } from "hono";
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
  const body: ProblemDetails = { type: "about:blank", ...problem, instance: problem.instance ?? new URL(c.req.url).pathname };
  return c.newResponse(JSON.stringify(body), problem.status, {
    "Content-Type": `${PROBLEM_JSON}; charset=utf-8`,
    "Cache-Control": "no-store",
    ...headers,
  });
}
