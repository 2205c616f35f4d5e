/**
 * @module Bench: `GET /v1/directory.vcf` over the generated directory through the app (in-process
 * Hono, the body streamed and read to its end): the first export, which writes every card, and
 * the next ones, which reuse the cards the vCard writer keeps per contact; against the same
 * bytes served as a constant.
 */
import { createApp } from "../../http/app";
import { createIndexedStore } from "../../store/indexed-store";
import type { BenchContext } from "./context";
import { medianMs, onceMs, type BenchSuite } from "./measure";

/** directory.vcf time over N contacts. */
export const directoryVcfSuite: BenchSuite<BenchContext> = {
  name: "directory.vcf",
  async run(context) {
    // Fresh copies: the vCard writer caches cards per contact object, and the first export
    // must find none.
    const contacts = structuredClone(await context.contacts());
    const app = createApp(createIndexedStore(contacts, await context.index()));
    const n = context.count.toLocaleString("en");
    const read = async (path: string) => (await app.request(`http://localhost${path}`)).arrayBuffer();

    // The baseline: an app answering the same bytes as a constant.
    const constantMs = async (path: string) => {
      const body = new Uint8Array(await read(path));
      const constant = createApp(createIndexedStore(contacts, await context.index()));
      constant.get("/constant", (c) => c.body(body, 200, { "Content-Type": "text/vcard; charset=utf-8" }));
      return {
        name: "the same bytes as a constant",
        value: await medianMs(async () => (await constant.request("http://localhost/constant")).arrayBuffer(), {
          minRuns: 3,
        }),
      };
    };

    let bytes = 0;
    const first = await onceMs(async () => (bytes = (await read("/v1/directory.vcf")).byteLength));
    const all = await constantMs("/v1/directory.vcf");
    const mib = (bytes / 1024 / 1024).toFixed(1);
    return [
      {
        name: `GET /v1/directory.vcf, ${n} cards (${mib} MiB), first export`,
        value: first,
        unit: "ms",
        baseline: all,
        note: `${(first / context.count).toFixed(2)} ms a card to write it: once per isolate, then kept with the contact`,
      },
      {
        name: `GET /v1/directory.vcf, ${n} cards, later exports`,
        value: await medianMs(() => read("/v1/directory.vcf"), { minRuns: 3 }),
        unit: "ms",
        baseline: all,
      },
      {
        name: `GET /v1/directory.vcf?q=beijing, later exports`,
        value: await medianMs(() => read("/v1/directory.vcf?q=beijing"), { minRuns: 3 }),
        unit: "ms",
        baseline: await constantMs("/v1/directory.vcf?q=beijing"),
      },
    ];
  },
};
