/**
 * @module QR codes (ISO/IEC 18004) as SVG: `uqr` computes the modules (byte mode, UTF-8
 * text), this draws them as one path, with the 4-module quiet zone the standard requires
 * (§9.1) and a white background of its own, so the code stays dark on light in a dark page.
 * Error correction M (15% of the code may be lost): a code shown on a screen meets glare,
 * moiré and a camera at an angle; L saves only two versions on our card, Q and H cost four to
 * seven more. `boostEcc` takes a higher level whenever the same version holds it. Pure.
 */
import { encode } from "uqr";

/** ISO/IEC 18004 §9.1: at least four light modules around the symbol. */
export const QUIET_ZONE = 4;
/** The error correction level (ISO/IEC 18004 §7.5.1): M recovers 15% of the codewords. */
export const QR_ERROR_CORRECTION = "M";
/** Pixels per module when the SVG is opened on its own (a page scales it with CSS). */
const MODULE_PX = 8;

/** A QR code's modules, `true` for dark, with its version (1–40) and size in modules. */
export interface QrMatrix {
  readonly version: number;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  readonly modules: readonly (readonly boolean[])[];
}

/**
 * The largest version a phone reliably scans off a screen: 117 modules a side, about 1,000
 * bytes at level M. Past it, a code needs a large, sharp image and a steady hand.
 */
export const MAX_SCANNABLE_VERSION = 25;
/** The largest version the standard has (ISO/IEC 18004 §5.3.1): 177 modules, 2,331 bytes at M. */
export const MAX_VERSION = 40;

/**
 * Encodes `text` (as UTF-8 bytes, byte mode) at level M or higher, in the smallest version
 * that holds it; undefined when even `maxVersion` cannot.
 */
export function encodeQr(text: string, maxVersion: number = MAX_VERSION): QrMatrix | undefined {
  const bytes = Array.from(new TextEncoder().encode(text));
  try {
    const qr = encode(bytes, { ecc: QR_ERROR_CORRECTION, boostEcc: true, border: 0, maxVersion });
    return { version: qr.version, size: qr.size, modules: qr.data };
  } catch (error) {
    // uqr's only RangeError for valid options: "Data too long" for maxVersion.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** Escapes text for an XML element's content or an attribute in double quotes. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[c]};`);
}

/**
 * The path of the dark modules: one horizontal stroke, one module thick, per run of dark
 * modules in a row (`M x y+.5 h n`): about a third of the size of one square per module.
 */
export function qrPath(matrix: QrMatrix): string {
  let d = "";
  matrix.modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      d += `M${start + QUIET_ZONE} ${y + QUIET_ZONE + 0.5}h${x - start}`;
    }
  });
  return d;
}

/** Options of {@link toQrSvg}. */
export interface QrSvgOptions {
  /** The accessible name of the image (SVG 2 §5.9 `<title>`). */
  readonly title: string;
  /** An id for the `<title>`, unique in a page that inlines the SVG. */
  readonly titleId?: string;
}

/** The QR code `matrix` as a standalone SVG document (also valid inline in HTML). */
export function toQrSvg(matrix: QrMatrix, options: QrSvgOptions): string {
  const side = matrix.size + 2 * QUIET_ZONE;
  const titleId = options.titleId ?? "qr-title";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" width="${side * MODULE_PX}" height="${side * MODULE_PX}" ` +
    `shape-rendering="crispEdges" role="img" aria-labelledby="${escapeXml(titleId)}">` +
    `<title id="${escapeXml(titleId)}">${escapeXml(options.title)}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path stroke="#000" d="${qrPath(matrix)}"/></svg>`
  );
}
