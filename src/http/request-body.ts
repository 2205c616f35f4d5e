/**
 * @module Reading a request body safely: its media type and coding checked before reading
 * (RFC 9110 §15.5.16), its size bounded as it streams in (a Content-Length can be absent or
 * lie: chunked bodies have none), and its text decoded as strict UTF-8 (RFC 8259 §8.1: JSON
 * exchanged between systems is UTF-8). No Hono here: a request in, a result out.
 */
import { concatChunks, readAtMost } from "./bytes";

/** Why a body is refused, each mapped to its status by the route. */
export type BodyRefusal =
  | { readonly reason: "media-type"; readonly found: string | undefined }
  | { readonly reason: "coding"; readonly found: string }
  | { readonly reason: "too-large"; readonly limit: number }
  | { readonly reason: "not-utf8" };

/** The body's text, or why it is refused. */
export type BodyText = { readonly ok: true; readonly text: string } | ({ readonly ok: false } & BodyRefusal);

/** Whether `contentType` is `application/json`, with no charset or UTF-8 (RFC 8259 §11 defines none). */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [essence, ...params] = contentType.split(";").map((p) => p.trim().toLowerCase());
  if (essence !== "application/json") return false;
  return params.every((p) => {
    const [name, value] = p.split("=").map((s) => s.trim());
    return name !== "charset" || value?.replace(/^"|"$/g, "") === "utf-8";
  });
}

/** Reads at most `limit` octets of `request`'s body as JSON text. */
export async function readJsonBody(request: Request, limit: number): Promise<BodyText> {
  const contentType = request.headers.get("Content-Type") ?? undefined;
  if (!isJsonContentType(contentType)) return { ok: false, reason: "media-type", found: contentType };
  const coding = request.headers.get("Content-Encoding");
  if (coding !== null && coding.trim().toLowerCase() !== "identity")
    return { ok: false, reason: "coding", found: coding };
  // A declared length past the limit is refused before a byte is read.
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > limit) return { ok: false, reason: "too-large", limit };

  const read = await readAtMost(request.body, limit);
  if (!read.complete) {
    await read.rest.cancel();
    return { ok: false, reason: "too-large", limit };
  }
  const bytes = concatChunks(read.chunks);
  try {
    // A byte order mark carries no data; the validator reads past it too.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, reason: "not-utf8" };
  }
}
