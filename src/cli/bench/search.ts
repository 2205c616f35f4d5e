/**
 * @module Bench: searching the generated directory with the index built at build time, against
 * the baseline of doing without one (a scan of every contact's JSON per query), both on the
 * pure layer and through the app (`GET /v1/contacts?q=`, in-process Hono, no network).
 */
import { createApp } from "../../http/app";
import { findPositions } from "../../search/find";
import { createIndexedStore } from "../../store/indexed-store";
import type { BenchContext } from "./context";
import { medianMs, onceMs, type BenchSuite, type Measurement } from "./measure";

/** Queries people type: a city in pinyin and in Chinese, a surname, a street, a rare word, none. */
const QUERIES = ["beijing", "北京", "wang", "王", "caoyuan hutong", "zhang wei", "no such name"] as const;

/** Search time over N contacts. */
export const searchSuite: BenchSuite<BenchContext> = {
  name: "search",
  async run(context) {
    const contacts = await context.contacts();
    const index = await context.index();
    const n = context.count.toLocaleString("en");
    // The baseline: no index, so every query folds and scans every contact's JSON.
    const json = contacts.map((c) => JSON.stringify(c).toLowerCase());
    const naive = (q: string) =>
      json.filter((text) =>
        q
          .toLowerCase()
          .split(/\s+/)
          .every((term) => text.includes(term)),
      ).length;

    const out: Measurement[] = [];
    for (const q of QUERIES) {
      const found = findPositions(index, { text: q }).length;
      out.push({
        name: `search q=${JSON.stringify(q)} (${found.toLocaleString("en")} found), ${n} contacts`,
        value: await medianMs(() => findPositions(index, { text: q })),
        unit: "ms",
        baseline: { name: "scan of every contact's JSON", value: await medianMs(() => naive(q)) },
        limits: [{ name: "Workers Free CPU a request", value: 10 }],
      });
    }

    const url = "http://localhost/v1/contacts?q=beijing";
    const app = createApp(createIndexedStore(contacts, index));
    const body = await (await app.request(url)).text();
    const constant = createApp(createIndexedStore(contacts, index));
    constant.get("/constant", (c) => c.body(body, 200, { "Content-Type": "application/json" }));
    const constantMs = await medianMs(async () => (await constant.request("http://localhost/constant")).text());
    // A new store each time: its first answer to a search, before it remembers the result list.
    const fresh: number[] = [];
    for (let i = 0; i < 15; i++) {
      const cold = createApp(createIndexedStore(contacts, index));
      fresh.push(await onceMs(async () => (await cold.request(url)).text()));
    }
    out.push({
      name: `GET /v1/contacts?q=beijing, a new search, ${n} contacts`,
      value: fresh.sort((a, b) => a - b)[fresh.length >> 1]!,
      unit: "ms",
      baseline: { name: "the same bytes as a constant", value: constantMs },
      limits: [{ name: "Workers Free CPU a request", value: 10 }],
    });
    // Each page asked for once, walking the cursors: the store remembers the result list, but
    // no answer is ever asked twice, so none comes from the route's memo of recent answers.
    const pages: number[] = [];
    let next = (JSON.parse(body) as { next?: string }).next;
    while (next !== undefined && pages.length < 15) {
      const cursor = next;
      pages.push(
        await onceMs(async () => {
          next = ((await (await app.request(`${url}&cursor=${cursor}`)).json()) as { next?: string }).next;
        }),
      );
    }
    out.push({
      name: `GET /v1/contacts?q=beijing, each next page, ${n} contacts`,
      value: pages.sort((a, b) => a - b)[pages.length >> 1]!,
      unit: "ms",
      baseline: { name: "the same bytes as a constant", value: constantMs },
      note: "the store keeps the last 16 result lists, so paging does not search again",
    });
    out.push({
      name: `GET /v1/contacts?q=beijing asked again, ${n} contacts`,
      value: await medianMs(async () => (await app.request(url)).text()),
      unit: "ms",
      baseline: { name: "the same bytes as a constant", value: constantMs },
      note: "the route keeps its last 64 answers with their ETag (src/http/recent-answers.ts)",
    });
    out.push({
      name: `search index build (npm run build:data), ${n} contacts`,
      value: await onceMs(() => import("../../search/search-index").then((m) => m.buildSearchIndex(contacts))),
      unit: "ms",
      note: "once per deploy, never per request",
    });
    return out;
  },
};
