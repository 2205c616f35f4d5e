import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

describe("the worker", () => {
  it("answers an unknown path with a 404 problem+json", async () => {
    const res = await exports.default.fetch("http://localhost/no/such/page");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(await res.json()).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "There is nothing at /no/such/page.",
      instance: "/no/such/page",
    });
  });
});
