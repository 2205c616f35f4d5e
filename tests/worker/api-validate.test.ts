/**
 * `POST /v1/validate` inside workerd: the rules of `npm run validate` over HTTP, and every
 * way a body can be refused (RFC 9110 §15.5.14, §15.5.16; RFC 9457 problems with pointers).
 */
import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import shipped from "../../data/beijing-office.json";
import { MAX_BODY_BYTES } from "../../src/http/routes/validate";

const ORIGIN = "http://localhost";
const JSON_TYPE = { "Content-Type": "application/json" };
const post = (body: BodyInit | null, headers: Record<string, string> = JSON_TYPE) =>
  exports.default.fetch(`${ORIGIN}/v1/validate`, { method: "POST", body, headers });
const text = (edit: (data: Record<string, any>) => void = () => {}) => {
  const data = structuredClone(shipped) as Record<string, any>;
  edit(data);
  return JSON.stringify(data, null, 2);
};

// The first validation loads the validator's data (Chinese divisions, pinyin, phone metadata).
beforeAll(() => post(text()), 60_000);

describe("POST /v1/validate with a valid contact", () => {
  it("answers 200 with the contact as GET /v1/contacts/{id} serves it, and no warnings", async () => {
    const res = await post(text());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("etag")).toBeNull();
    const published = await (await exports.default.fetch(`${ORIGIN}/v1/contacts/beijing-office`)).json();
    expect(await res.json()).toEqual({ valid: true, contact: published, warnings: [] });
  });

  it.each([
    ["with charset=utf-8", { "Content-Type": "application/json; charset=UTF-8" }],
    ["with a byte order mark", JSON_TYPE],
  ])("accepts the body %s", async (how, headers) => {
    const body = how.includes("byte order") ? `\ufeff${text()}` : text();
    expect((await post(body, headers)).status).toBe(200);
  });

  it("lists warnings by JSON pointer without refusing the contact", async () => {
    const res = await post(text((d) => (d.updated = "2999-01-01")));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { warnings: unknown[] };
    expect(body.warnings).toEqual([
      expect.objectContaining({ pointer: "/updated", code: "date-invalid", value: "2999-01-01" }),
    ]);
  });
});

describe("POST /v1/validate with an invalid contact", () => {
  it("answers 422 listing every problem at its JSON pointer, with line and column", async () => {
    const res = await post(
      text((d) => {
        d.phones[0].number = "+86 10 123";
        d.address.postcode = "1000";
        d.fax = "+86 10 6416 7545";
      }),
    );
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    const body = (await res.json()) as {
      title: string;
      errors: { pointer: string; code: string; line?: number; column?: number }[];
    };
    expect(body.title).toBe("Unprocessable Content");
    const pointers = body.errors.map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/phones/0/number", "/address/postcode", "/fax"]));
    for (const error of body.errors) {
      expect(error.line).toBeGreaterThan(0);
      expect(error.column).toBeGreaterThan(0);
    }
  });

  it("refuses a field given twice (JSON.parse would keep only the last)", async () => {
    const res = await post(`{"id": "a", "id": "b"}`);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [expect.objectContaining({ code: "duplicate-key", pointer: "/id" })],
    });
  });

  it("answers JSON nested thousands deep with 422 at the level past the limit, not a 500", async () => {
    const res = await post("[".repeat(30_000) + "]".repeat(30_000));
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      errors: [{ pointer: "", code: "json-too-deep", line: 1, column: 33 }],
    });
  });
});

describe("POST /v1/validate with a body it cannot read", () => {
  it.each([
    ["a syntax error", '{"id": "x",}'],
    ["an empty body", ""],
    ["single quotes", "{'id': 'x'}"],
  ])("answers %s with 400 and the place of the error", async (_what, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as {
      title: string;
      detail: string;
      errors: { pointer: string; code: string }[];
    };
    expect(problem.title).toBe("Bad Request");
    expect(problem.detail).toMatch(/^The body is not JSON: /);
    expect(problem.errors[0]).toMatchObject({ pointer: "" });
  });

  it("answers bytes that are not UTF-8 with 400", async () => {
    const res = await post(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      detail: "The body is not valid UTF-8: save the file as UTF-8.",
      errors: [{ code: "file-unreadable" }],
    });
  });

  it.each([
    ["text/plain", { "Content-Type": "text/plain" }],
    ["no Content-Type", {}],
    ["another charset", { "Content-Type": "application/json; charset=iso-8859-1" }],
    ["another JSON type", { "Content-Type": "application/jscontact+json" }],
    ["a form", { "Content-Type": "application/x-www-form-urlencoded" }],
  ])("answers %s with 415 saying what it takes", async (_what, headers) => {
    const res = await post(text(), headers as Record<string, string>);
    expect(res.status).toBe(415);
    expect(res.headers.get("accept")).toBe("application/json");
    expect(res.headers.get("accept-post")).toBe("application/json");
    expect(await res.json()).toMatchObject({ title: "Unsupported Media Type", status: 415 });
  });

  it("answers a compressed body with 415 and Accept-Encoding: identity (RFC 9110 §15.5.16)", async () => {
    const res = await post(text(), { ...JSON_TYPE, "Content-Encoding": "gzip" });
    expect(res.status).toBe(415);
    expect(res.headers.get("accept-encoding")).toBe("identity");
  });

  /** A JSON body of exactly `bytes` octets. */
  const padded = (bytes: number) => {
    const [head, tail] = ['{"id": "x", "note": {"en": "', '"}}'];
    const body = `${head}${"a".repeat(bytes - head.length - tail.length)}${tail}`;
    expect(new TextEncoder().encode(body).length).toBe(bytes);
    return body;
  };

  it("answers a body past 64 KiB with 413", async () => {
    const res = await post(padded(MAX_BODY_BYTES + 1));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ title: "Content Too Large", status: 413, limit: MAX_BODY_BYTES });
  });

  it("counts a streamed body without Content-Length, stopping at 64 KiB", async () => {
    const chunk = new TextEncoder().encode("a".repeat(8192));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit: the route must stop reading, not wait for the end.
        if (sent++ < 1000) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await post(stream);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(1000);
  });

  it("reads a body of exactly 64 KiB", async () => {
    const res = await post(padded(MAX_BODY_BYTES));
    expect(res.status).toBe(422);
  });
});
