/**
 * @module What the worker bundle is made of: esbuild's metafile (`wrangler deploy --metafile`)
 * summed by npm package, or by folder of `src/`, largest first, in bytes of the output before
 * compression. Says where to look when the bundle outgrows its target.
 */
import { readFile } from "node:fs/promises";

/** One part of the bundle. */
export interface BundlePart {
  /** A package name ("pinyin-pro", "@scope/name") or a folder ("src/http"). */
  readonly name: string;
  readonly bytes: number;
}

interface Metafile {
  readonly outputs: Readonly<
    Record<string, { readonly inputs: Readonly<Record<string, { readonly bytesInOutput: number }>> }>
  >;
}

/** The part an input file belongs to. */
export function partOf(input: string): string {
  const inPackage = input.lastIndexOf("node_modules/");
  if (inPackage >= 0) {
    const path = input.slice(inPackage + "node_modules/".length).split("/");
    return path[0]!.startsWith("@") ? `${path[0]}/${path[1]}` : path[0]!;
  }
  const inSrc = input.lastIndexOf("src/");
  if (inSrc >= 0) {
    const path = input.slice(inSrc).split("/");
    return path.length > 2 ? `${path[0]}/${path[1]}` : path.join("/");
  }
  return input;
}

/** The parts of the JavaScript output of `metafilePath`, largest first. */
export async function bundleParts(metafilePath: string): Promise<BundlePart[]> {
  const meta = JSON.parse(await readFile(metafilePath, "utf8")) as Metafile;
  const sums = new Map<string, number>();
  for (const [name, output] of Object.entries(meta.outputs)) {
    if (!name.endsWith(".js")) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs))
      sums.set(partOf(input), (sums.get(partOf(input)) ?? 0) + bytesInOutput);
  }
  return [...sums].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** "pinyin-pro 573 KiB, libphonenumber-js 253 KiB, …" for the `count` largest parts. */
export function describeParts(parts: readonly BundlePart[], count = 6): string {
  return parts
    .slice(0, count)
    .map((p) => `${p.name} ${(p.bytes / 1024).toFixed(0)} KiB`)
    .join(", ");
}
