/** The memo of recent answers: kept once, bounded, per store and version, failures not kept. */
import { describe, expect, it } from "vitest";
import { createRecentAnswers } from "../../../src/http/recent-answers";
import type { ContactStore } from "../../../src/store/contact-store";

/** A store of which only the version matters here. */
const storeAt = (version: { current: string }) => ({ version: async () => version.current }) as ContactStore;

const answer = (body: string) => async () => ({
  body,
  contentType: "application/json",
  headers: { Link: `<${body}>` },
});

describe("recent answers", () => {
  it("builds an answer once and gives it back with its ETag and headers", async () => {
    const answers = createRecentAnswers();
    const store = storeAt({ current: "v1" });
    let builds = 0;
    const build = async () => {
      builds++;
      return answer("[1]")();
    };
    const first = await answers.get(store, "/q", build);
    const again = await answers.get(store, "/q", build);
    expect(builds).toBe(1);
    expect(again).toBe(first);
    expect(first).toMatchObject({ body: "[1]", contentType: "application/json", headers: { Link: "<[1]>" } });
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
  });

  it("never answers another store, nor the same store at another version", async () => {
    const answers = createRecentAnswers();
    const version = { current: "v1" };
    const a = storeAt(version);
    const b = storeAt({ current: "v1" });
    expect((await answers.get(a, "/q", answer("a"))).body).toBe("a");
    expect((await answers.get(b, "/q", answer("b"))).body).toBe("b");
    version.current = "v2";
    expect((await answers.get(a, "/q", answer("a2"))).body).toBe("a2");
  });

  it("keeps at most its limit, dropping the least recently used", async () => {
    const answers = createRecentAnswers(2);
    const store = storeAt({ current: "v1" });
    await answers.get(store, "/1", answer("1"));
    await answers.get(store, "/2", answer("2"));
    await answers.get(store, "/1", answer("1 again")); // /1 used last: /2 is now the oldest
    await answers.get(store, "/3", answer("3"));
    expect((await answers.get(store, "/1", answer("1 rebuilt"))).body).toBe("1");
    expect((await answers.get(store, "/2", answer("2 rebuilt"))).body).toBe("2 rebuilt");
  });

  it("does not keep a build that failed", async () => {
    const answers = createRecentAnswers();
    const store = storeAt({ current: "v1" });
    await expect(
      answers.get(store, "/bad", async () => {
        throw new Error("400");
      }),
    ).rejects.toThrow("400");
    expect((await answers.get(store, "/bad", answer("ok"))).body).toBe("ok");
  });
});
