/**
 * @module Reading a byte stream up to a limit, and joining what was read. Pure apart from
 * reading the stream it is given.
 */

/** What {@link readAtMost} read: every chunk, or the first ones past the limit and the rest unread. */
export type ReadResult =
  | { readonly complete: true; readonly chunks: readonly Uint8Array[] }
  | {
      readonly complete: false;
      readonly chunks: readonly Uint8Array[];
      readonly rest: ReadableStreamDefaultReader<Uint8Array>;
    };

/**
 * Reads `stream` until it ends or more than `limit` bytes have come; past the limit it stops
 * and hands back the reader, so the caller can cancel the rest or pass it on.
 */
export async function readAtMost(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<ReadResult> {
  const chunks: Uint8Array[] = [];
  if (!stream) return { complete: true, chunks };
  const reader = stream.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { complete: true, chunks };
    chunks.push(value);
    total += value.byteLength;
    if (total > limit) return { complete: false, chunks, rest: reader };
  }
}

/** The chunks one after another, in one array. */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
