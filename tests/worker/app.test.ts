import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app";
import { bundledStore } from "../../src/store/bundled";

const answerOf = async (res: Response) => ({
  status: res.status,
  headers: Object.fromEntries(res.headers),
  body: await res.text(),
});

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

  it.each([
    ["/contact.vcf", "*/*"],
    ["/v1/contacts/beijing-office", "application/jscontact+json"],
    ["https://card.example/v1/contacts?q=%E5%8C%97%E4%BA%AC", "application/json"],
  ])("answers %s again (from the isolate's memo) exactly as the app does", async (path, accept) => {
    const url = new URL(path, "http://localhost").href;
    const init = { headers: { Accept: accept } };
    const first = await answerOf(await exports.default.fetch(url, init));
    const again = await answerOf(await exports.default.fetch(url, init));
    expect(first.status).toBe(200);
    expect(again).toEqual(first);
    expect(again).toEqual(await answerOf(await createApp(bundledStore).request(url, init)));
  });
});
