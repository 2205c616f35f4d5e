/**
 * @module A response body written piece by piece: a `ReadableStream` of UTF-8 that pulls text
 * from an async iterable only when the reader wants more, so a directory export never holds
 * more than a chunk in memory however many contacts it has. Pure (Web Streams only).
 */

/** Pieces are joined until a chunk reaches this size: fewer, larger writes, still bounded. */
export const CHUNK_BYTES = 16 * 1024;

/** The UTF-8 bytes of `pieces`, pulled on demand; cancelling the stream stops the iteration. */
export function streamText(pieces: AsyncIterable<string>, chunkBytes = CHUNK_BYTES): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let chunk = "";
        // UTF-16 length bounds the UTF-8 size within a factor of 3: good enough for batching.
        while (chunk.length < chunkBytes) {
          const { value, done } = await iterator.next();
          if (done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += value;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      async cancel() {
        await iterator.return?.();
      },
    },
    // Pull only when the reader asks: nothing is produced ahead of the network.
    { highWaterMark: 0 },
  );
}
