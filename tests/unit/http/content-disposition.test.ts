import { describe, expect, it } from "vitest";
import { asciiFallback, attachment, encodeExtValue } from "../../../src/http/content-disposition";

describe("Content-Disposition for a download", () => {
  it("names an ASCII file twice, plainly and as RFC 8187 UTF-8", () => {
    expect(attachment("beijing-office.vcf")).toBe(
      `attachment; filename="beijing-office.vcf"; filename*=UTF-8''beijing-office.vcf`,
    );
  });

  it("gives a Chinese name an ASCII fallback and the exact name percent-encoded, every byte ASCII", () => {
    const value = attachment("北京办公室.vcf");
    expect(value).toBe(
      `attachment; filename="_____.vcf"; filename*=UTF-8''%E5%8C%97%E4%BA%AC%E5%8A%9E%E5%85%AC%E5%AE%A4.vcf`,
    );
    expect(value).toMatch(/^[\x20-\x7e]+$/);
    // The Fetch API accepts it as a header value (a non-ASCII one throws a TypeError).
    expect(new Headers({ "Content-Disposition": value }).get("content-disposition")).toBe(value);
  });

  it("keeps quotes and backslashes out of the quoted fallback and encodes them in filename*", () => {
    expect(asciiFallback('a"b\\c.vcf')).toBe("a_b_c.vcf");
    expect(encodeExtValue('a"b c.vcf')).toBe("UTF-8''a%22b%20c.vcf");
  });

  it("decodes back to the exact name", () => {
    for (const name of ["北京办公室.vcf", "Zoë & Co (1).vcf", "😀.vcf", "100% sure.vcf"]) {
      expect(decodeURIComponent(encodeExtValue(name).slice("UTF-8''".length))).toBe(name);
    }
  });
});
