/**
 * @module The RFC 9457 problem details object as a documented schema, and the response of
 * every error: what `problemResponse` writes, described once for all routes.
 */
import * as z from "zod/mini";
import { PROBLEM_JSON } from "../problem";
import { component, type MediaDoc, type NamedSchema, type ResponseDoc } from "./route-doc";

/** RFC 9457 §3.1 members, extensions allowed (§3.2). */
export const ProblemSchema: NamedSchema = component(
  "Problem",
  z
    .looseObject({
      type: z
        .string()
        .check(
          z.describe('A URI naming the kind of problem; "about:blank" when the status says it all (RFC 9457 §4.2.1).'),
        ),
      title: z.string().check(z.describe("The status's reason phrase (Not Found, Not Acceptable, …).")),
      status: z.int().check(z.gte(400), z.lte(599), z.describe("The HTTP status code.")),
      detail: z.optional(z.string().check(z.describe("What went wrong in this request, and what to do instead."))),
      instance: z.optional(z.string().check(z.describe("The path of the request."))),
    })
    .check(
      z.describe(
        "RFC 9457 problem details. Extension members add specifics: invalid-params, errors, available, allowed, id.",
      ),
    ),
);

/** A parameter the request got wrong (RFC 9457 §3's "invalid-params" example). */
export const InvalidParamsProblemSchema: NamedSchema = component(
  "InvalidParamsProblem",
  z.looseObject({
    type: z.string(),
    title: z.literal("Bad Request"),
    status: z.literal(400),
    detail: z.string(),
    instance: z.string(),
    "invalid-params": z
      .array(z.strictObject({ name: z.string(), reason: z.string() }))
      .check(z.describe("Every wrong parameter, by name, with what was expected.")),
  }),
);

/** The content of a problem response. */
export function problemContent(schema: NamedSchema = ProblemSchema): Readonly<Record<string, MediaDoc>> {
  return { [PROBLEM_JSON]: { schema } };
}

/** A problem response with `description`. */
export function problemDoc(description: string, schema?: NamedSchema): ResponseDoc {
  return { description, content: problemContent(schema) };
}
