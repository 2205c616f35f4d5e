/**
 * An independent reading of our QR codes: the SVG rasterised by resvg (Rust, not our code)
 * and decoded by jsQR (a port of ZXing's decoder, not uqr), as a phone's camera would.
 */
import { Resvg } from "@resvg/resvg-js";
import jsQR from "jsqr";

/** What a scanner reads from an SVG QR code: its bytes as UTF-8 text, and its version. */
export function scanSvg(svg: string, pixelsPerModule = 4): { text: string; version: number } | undefined {
  const side = Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
  const image = new Resvg(svg, {
    fitTo: { mode: "width", value: side * pixelsPerModule },
    background: "#fff",
  }).render();
  const code = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height, {
    inversionAttempts: "dontInvert",
  });
  if (!code) return undefined;
  return {
    text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(new Uint8Array(code.binaryData)),
    version: code.version,
  };
}
