/** The QR codes decoded by an independent scanner (resvg + jsQR) give back exactly what they hold. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contactQrCode, qrText, toQrVCard } from "../../../src/formats/qr-card";
import { encodeQr, MAX_SCANNABLE_VERSION, QUIET_ZONE, toQrSvg } from "../../../src/formats/qr";
import { toVCard } from "../../../src/formats/vcard";
import { shipped, shippedFile, validated } from "../html/contacts";
import { scanSvg } from "./decode";

const ORIGIN = "https://contact.example.org";
const svgOf = (text: string) => toQrSvg(encodeQr(text)!, { title: "test" });
const unfold = (card: string) =>
  card
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter(Boolean);

describe("the QR code of the shipped office", () => {
  it("decodes to its compact vCard 3.0, byte for byte", () => {
    const contact = shipped();
    const code = contactQrCode(contact, "vcard", ORIGIN);
    expect(code.content).toBe("vcard");
    const scanned = scanSvg(toQrSvg(code.matrix, { title: "card" }));
    expect(scanned?.text).toBe(toQrVCard(contact));
    expect(scanned?.version).toBe(code.matrix.version);
  });

  it("decodes to the card's download URL with content=url, in a far smaller code", () => {
    const contact = shipped();
    const code = contactQrCode(contact, "url", ORIGIN);
    expect(scanSvg(toQrSvg(code.matrix, { title: "url" }))?.text).toBe(
      "https://contact.example.org/v1/contacts/beijing-office.vcf",
    );
    expect(code.matrix.version).toBeLessThanOrEqual(4);
  });

  it("stays within a version phones scan off a screen (20 at level M for this card)", () => {
    const { matrix } = contactQrCode(shipped(), "vcard", ORIGIN);
    expect(matrix.version).toBeLessThanOrEqual(20);
    expect(matrix.size).toBe(17 + 4 * matrix.version);
  });

  it("keeps every line a person reads of the downloadable card, and leaves out sync fields and labels", () => {
    const contact = shipped();
    const full = unfold(toVCard(contact, { version: "3.0" }));
    const compact = unfold(toQrVCard(contact));
    for (const line of compact) expect(full.map((l) => l.replace(/^item\d+\.(ADR)/, "$1"))).toContain(line);
    for (const name of ["FN", "N", "NICKNAME", "ORG", "TEL", "URL", "ADR"]) {
      expect(compact.filter((l) => new RegExp(`^(item\\d+\\.)?${name}[;:]`).test(l)).length, name).toBe(
        full.filter((l) => new RegExp(`^(item\\d+\\.)?${name}[;:]`).test(l)).length,
      );
    }
    expect(compact.some((l) => /^(PRODID|UID|REV|(item\d+\.)?LABEL)[;:]/.test(l))).toBe(false);
    expect(Buffer.byteLength(toQrVCard(contact))).toBeLessThan(
      Buffer.byteLength(toVCard(contact, { version: "3.0" })) * 0.65,
    );
  });
});

describe("QR codes of any text", () => {
  it("decode to the same UTF-8 text: CJK, emoji, vCard syntax", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }), (text) => {
        expect(scanSvg(svgOf(text))?.text).toBe(text);
      }),
      { numRuns: 40 },
    );
  });

  it("draws a 4-module quiet zone on a white background", () => {
    const svg = svgOf("x");
    const side = 21 + 2 * QUIET_ZONE;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
    const xs = [...svg.matchAll(/M(\d+) ([\d.]+)h(\d+)/g)].map(
      (m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const,
    );
    expect(Math.min(...xs.map(([x]) => x))).toBe(QUIET_ZONE);
    expect(Math.max(...xs.map(([x, , n]) => x + n))).toBe(side - QUIET_ZONE);
    expect(Math.min(...xs.map(([, y]) => y))).toBe(QUIET_ZONE + 0.5);
  });

  it("escapes the title", () => {
    expect(toQrSvg(encodeQr("x")!, { title: `<b>"&"</b>` })).toContain(
      '<title id="qr-title">&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt;</title>',
    );
  });

  it("gives undefined, not an exception, for text past the largest version", () => {
    expect(encodeQr("x".repeat(3000))).toBeUndefined();
    expect(encodeQr("x".repeat(1200), MAX_SCANNABLE_VERSION)).toBeUndefined();
  });
});

describe("a card too long to scan", () => {
  it("gives way to its download URL", () => {
    const file = shippedFile();
    file.note = { en: "A long note. ".repeat(60), "zh-Hans": "很长的备注。".repeat(60) };
    const contact = validated(file);
    expect(Buffer.byteLength(toQrVCard(contact))).toBeGreaterThan(1500);
    const code = contactQrCode(contact, "vcard", ORIGIN);
    expect(code.content).toBe("url");
    expect(scanSvg(toQrSvg(code.matrix, { title: "url" }))?.text).toBe(qrText(contact, "url", ORIGIN));
  });
});

describe("the codes kept per contact", () => {
  it("are computed once per contact, content and origin", () => {
    const contact = shipped();
    expect(contactQrCode(contact, "vcard", ORIGIN)).toBe(contactQrCode(contact, "vcard", ORIGIN));
    expect(contactQrCode(contact, "url", ORIGIN)).not.toBe(contactQrCode(contact, "url", "http://localhost:8787"));
    expect(
      scanSvg(toQrSvg(contactQrCode(contact, "url", "http://localhost:8787").matrix, { title: "url" }))?.text,
    ).toBe("http://localhost:8787/v1/contacts/beijing-office.vcf");
  });
});
