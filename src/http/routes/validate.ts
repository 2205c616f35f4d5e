/**
 * @module `POST /v1/validate`: checks a contact written in the data format (a file of data/)
 * with the very rules of `npm run validate` (src/validate/), and answers with what the service
 * would publish, or with every problem at once, each at its JSON pointer (RFC 6901).
 * Statuses: 200 valid (warnings listed); 422 invalid; 400 not JSON; 415 not application/json;
 * 413 past 64 KiB (counted as the body streams in, not only from Content-Length).
 */
import { Hono } from "hono";
import * as z from "zod/mini";
import { ContactJsonSchema } from "../../formats/json-schema";
import { toContactJson } from "../../formats/json";
import { DIRECTORY_PATHS } from "../../model/urls";
import { toJsonPointer, type Problem } from "../../validate/problem";
import type { AppEnv } from "../app";
import { problem } from "../problem";
import { readJsonBody, type BodyRefusal } from "../request-body";

/** The largest body read: a contact file is a few KiB; 64 KiB leaves room for long notes. */
export const MAX_BODY_BYTES = 64 * 1024;
/** How the validator names the source in its problems. */
const SOURCE = "request body";

/** One problem as the API reports it: where (a JSON pointer, and line and column when known), what, and why. */
export const FindingSchema = z.strictObject({
  pointer: z
    .string()
    .check(z.describe('RFC 6901 JSON pointer to the value ("" for the whole document): "/address/en/district".')),
  code: z.string().check(z.describe("Which rule: json-syntax, missing-field, phone-invalid, postcode-format, …")),
  detail: z.string().check(z.describe("The whole sentence: what was found, what was expected.")),
  expected: z.string(),
  value: z.optional(z.unknown()),
  line: z.optional(z.int()),
  column: z.optional(z.int()),
});
type Finding = z.infer<typeof FindingSchema>;

const toFinding = (p: Problem): Finding => ({
  pointer: toJsonPointer(p.path),
  code: p.code,
  detail: p.detail,
  expected: p.expected,
  ...(p.value !== undefined ? { value: p.value } : {}),
  ...(p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : {}),
});

/** The 200's body. */
export const ValidResultSchema = z.strictObject({
  valid: z.literal(true),
  contact: ContactJsonSchema,
  warnings: z
    .array(FindingSchema)
    .check(z.describe("Things worth a look that do not stop the contact from being published.")),
});

/** The problem of a refused body. */
function refusal(body: BodyRefusal) {
  switch (body.reason) {
    case "media-type":
      return problem(
        415,
        `The body must be a contact as application/json (UTF-8), not ${body.found ? JSON.stringify(body.found.slice(0, 100)) : "a body without Content-Type"}.`,
        {},
        { Accept: "application/json", "Accept-Post": "application/json" },
      );
    case "coding":
      return problem(
        415,
        `The body must not be compressed (Content-Encoding: ${body.found.slice(0, 100)}).`,
        {},
        { "Accept-Encoding": "identity" },
      );
    case "too-large":
      return problem(413, `The body is larger than ${body.limit / 1024} KiB: a contact file is a few KiB.`, {
        limit: body.limit,
      });
    case "not-utf8":
      return problem(400, "The body is not valid UTF-8: save the file as UTF-8.", {
        errors: [
          {
            pointer: "",
            code: "file-unreadable",
            detail: "the body is not valid UTF-8",
            expected: "text encoded as UTF-8",
          },
        ],
      });
  }
}

/** The validation route. */
export const validateRoutes = new Hono<AppEnv>();

validateRoutes.post(DIRECTORY_PATHS.validate, async (c) => {
  const body = await readJsonBody(c.req.raw, MAX_BODY_BYTES);
  if (!body.ok) throw refusal(body);

  // Loaded on the first validation, not at the worker's start: the validator's data (phone
  // metadata, Chinese divisions, pinyin) is most of the worker, and only this route needs it.
  const { validateContactText } = await import("../../validate/contact");
  const result = validateContactText(body.text, { file: SOURCE });
  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning").map(toFinding);
  if (errors.some((p) => p.code === "json-syntax" || p.code === "file-empty")) {
    throw problem(400, `The body is not JSON: ${errors[0]!.detail}.`, { errors: errors.map(toFinding) });
  }
  if (!result.contact || errors.length > 0) {
    const count = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
    throw problem(
      422,
      `The contact has ${count}: ${errors
        .map((e) => `${toJsonPointer(e.path) || "/"}: ${e.detail}`)
        .join("; ")
        .slice(0, 1000)}.`,
      {
        errors: errors.map(toFinding),
        warnings,
      },
    );
  }
  return c.json({
    valid: true,
    contact: toContactJson(result.contact, { origin: new URL(c.req.url).origin }),
    warnings,
  });
});
