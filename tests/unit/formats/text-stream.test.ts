/** streamText: every piece, in order, in bounded chunks, pulled only on demand. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamText } from "../../../src/formats/text-stream";

async function* from(pieces: readonly string[], log: string[] = []) {
  try {
    for (const piece of pieces) {
      log.push(`yield ${piece.length}`);
      yield piece;
    }
  } finally {
    log.push("closed");
  }
}

async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number[] }> {
  const chunks: number[] = [];
  let text = "";
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk.byteLength);
    text += decoder.decode(chunk, { stream: true });
  }
  return { text: text + decoder.decode(), chunks };
}

describe("streamText", () => {
  it("writes every piece in order as UTF-8, whatever the pieces hold", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: "binary" })),
        fc.integer({ min: 1, max: 64 }),
        async (pieces, size) => {
          const { text, chunks } = await read(streamText(from(pieces), size));
          expect(text).toBe(pieces.join(""));
          expect(chunks.every((n) => n > 0)).toBe(true);
        },
      ),
    );
  });

  it("gives an empty body for no pieces", async () => {
    expect(await read(streamText(from([])))).toEqual({ text: "", chunks: [] });
  });

  it("joins small pieces into chunks of about the chunk size", async () => {
    const { chunks } = await read(streamText(from(Array.from({ length: 100 }, () => "x".repeat(10))), 100));
    expect(chunks).toEqual(Array.from({ length: 10 }, () => 100));
  });

  it("produces nothing before it is read, and stops the source when cancelled", async () => {
    const log: string[] = [];
    const stream = streamText(from(["a".repeat(10), "b".repeat(10), "c".repeat(10)], log), 10);
    await new Promise((r) => setTimeout(r, 10));
    expect(log).toEqual([]);
    const reader = stream.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("a".repeat(10));
    await reader.cancel();
    expect(log).toEqual(["yield 10", "closed"]);
  });
});
