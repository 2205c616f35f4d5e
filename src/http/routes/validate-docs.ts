/**
 * @module The OpenAPI entries of ./validate.ts: read by the build that writes `/openapi.json`
 * (src/cli/build-data.ts, with the data) and by the tests, never by the worker, so that neither these
 * schemas nor their conversion to JSON Schema weigh on it.
 */
import * as z from "zod/mini";
import { ContactFileSchema } from "../../model/schema";
import { DIRECTORY_PATHS } from "../../model/urls";
import { problemDoc } from "../openapi/problem-doc";
import { component, type RouteDoc } from "../openapi/route-doc";
import { FindingSchema, ValidResultSchema } from "./validate";

const InvalidContactProblemSchema = component(
  "InvalidContactProblem",
  z.looseObject({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string(),
    instance: z.string(),
    errors: z
      .array(FindingSchema)
      .check(z.describe("Every problem, at its JSON pointer (RFC 9457 §3's errors example).")),
    warnings: z.optional(z.array(FindingSchema)),
  }),
);

/** The OpenAPI entries of this route. */
export const validateDocs: readonly RouteDoc[] = [
  {
    method: "post",
    route: DIRECTORY_PATHS.validate,
    operationId: "validateContact",
    summary: "Check a contact file before publishing it",
    description:
      "The same rules as `npm run validate`: shape, phone numbers, postcodes, the English and Chinese address agreeing, … Every problem is reported at once.",
    tags: ["tools"],
    requestBody: {
      description: "A contact in the data format (a file of data/), as UTF-8 JSON, at most 64 KiB.",
      required: true,
      content: { "application/json": { schema: component("ContactFile", ContactFileSchema) } },
    },
    responses: {
      "200": {
        description: "Valid: the contact as the service would publish it, and any warnings.",
        content: { "application/json": { schema: ValidResultSchema } },
      },
      "400": problemDoc(
        "The body is not JSON (or not UTF-8); errors gives the line and column.",
        InvalidContactProblemSchema,
      ),
      "413": problemDoc("The body is larger than 64 KiB."),
      "415": problemDoc("The body is not application/json, or is compressed."),
      "422": problemDoc(
        "The contact breaks rules; errors lists every problem at its JSON pointer.",
        InvalidContactProblemSchema,
      ),
    },
  },
];
