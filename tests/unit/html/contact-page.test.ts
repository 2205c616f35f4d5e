/**
 * The contact page read back as a browser, a search engine and a microformats reader would:
 * parse5 for the tree, JSON.parse for the JSON-LD, microformats-parser for the h-card.
 */
import fc from "fast-check";
import { mf2 } from "microformats-parser";
import { describe, expect, it } from "vitest";
import { renderContactPage } from "../../../src/formats/html";
import { toJsonLd } from "../../../src/formats/jsonld";
import { chineseLines, englishLines } from "../../../src/model/address-lines";
import type { Contact } from "../../../src/model/contact";
import { contact as hostileContact } from "../vcard/arbitraries";
import { shipped, shippedFile, validated } from "./contacts";
import { attr, elements, parseHtml, textOf, textsWithLanguage, type Element } from "./helpers";

const ORIGIN = "https://contact.example.org";
const render = (contact: Contact) => renderContactPage(contact, { origin: ORIGIN });
const all = (html: string) => elements(parseHtml(html));
const byClass = (els: Element[], name: string) =>
  els.filter((e) => (attr(e, "class") ?? "").split(/\s+/).includes(name));
const jsonLdOf = (html: string) => {
  const scripts = all(html).filter((e) => e.tagName === "script");
  expect(scripts.map((s) => attr(s, "type"))).toEqual(["application/ld+json"]);
  return JSON.parse(textOf(scripts[0]!));
};
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe("the contact page of the shipped office", () => {
  const contact = shipped();
  const html = render(contact);
  const els = all(html);
  const links = els.filter((e) => e.tagName === "a").map((a) => ({ href: attr(a, "href") ?? "", text: textOf(a) }));

  it("is an HTML document in English with every Chinese text in an element marked zh-Hans", () => {
    expect(html.startsWith('<!DOCTYPE html><html lang="en">')).toBe(true);
    const texts = textsWithLanguage(parseHtml(html)).filter((t) => !["style", "script", "title"].includes(t.parent));
    const chinese = texts.filter((t) => CJK.test(t.text));
    expect(chinese.length).toBeGreaterThan(10);
    for (const t of chinese) expect(t, t.text).toMatchObject({ lang: "zh-Hans" });
    // Nothing claims to be Chinese without Chinese in it (a postcode aside).
    for (const t of texts.filter((t) => t.lang === "zh-Hans" && t.text.trim()))
      expect(t.text).toMatch(/[\u3000-\u9fff\uff00-\uffef]|^[\d\s]+$/);
    expect(new Set(els.map((e) => attr(e, "lang")).filter(Boolean))).toEqual(new Set(["en", "zh-Hans"]));
  });

  it("has one h1 with both names, and a heading for each section", () => {
    const h1 = els.filter((e) => e.tagName === "h1");
    expect(h1.map(textOf)).toEqual(["Beijing Office 北京办公室"]);
    expect(els.filter((e) => e.tagName === "h2").map(textOf)).toEqual(["Phone 电话", "Address 地址"]);
  });

  it("calls the office line with a tel: link and offers WhatsApp chat, never a call, for the messages-only number", () => {
    expect(links.filter((l) => l.href.startsWith("tel:")).map((l) => l.href)).toEqual(["tel:+861064167544"]);
    expect(links.find((l) => l.href === "tel:+861064167544")?.text).toBe("Call 拨打 +86 10 6416 7544");
    expect(links.filter((l) => l.href.includes("447822014058")).map((l) => l.href)).toEqual([
      "https://wa.me/447822014058",
    ]);
    expect(html).not.toMatch(/(tel|sms):\+?447822014058/);
    expect(html).toContain("+44 7822 014058");
    expect(html).toContain("Messages only: this number does not take calls.");
  });

  it("links the download of the card, 3.0 by default and 4.0 beside it", () => {
    const download = links.find((l) => l.text.startsWith("Download contact card"));
    expect(download).toEqual({ href: "/v1/contacts/beijing-office.vcf", text: "Download contact card 下载名片" });
    expect(links.some((l) => l.href === "/v1/contacts/beijing-office.vcf?version=4.0")).toBe(true);
  });

  it("shows the address in both languages as the model's display lines, each with a map link", () => {
    const adr = byClass(els, "h-adr");
    expect(adr.map((e) => attr(e, "lang"))).toEqual(["en", "zh-Hans"]);
    expect(textOf(adr[0]!)).toBe(contact.address!.lines.en.join("\n"));
    expect(textOf(adr[1]!)).toBe(contact.address!.lines["zh-Hans"]!.join("\n"));
    const maps = byClass(els, "map").map((a) => new URL(attr(a, "href")!));
    expect(maps.map((u) => u.origin)).toEqual(["https://www.openstreetmap.org", "https://uri.amap.com"]);
    expect(maps[0]!.searchParams.get("query")).toBe(
      "No. 76 Caoyuan Hutong, Dongcheng District, Beijing, 100027, PR China",
    );
    expect(maps[1]!.searchParams.get("keyword")).toBe("北京市东城区草园胡同76号聚才大厦");
  });

  it("inlines the QR code as an SVG image with an accessible name", () => {
    const svg = els.filter((e) => e.tagName === "svg");
    expect(svg).toHaveLength(1);
    expect(attr(svg[0]!, "role")).toBe("img");
    const title = els.find((e) => e.tagName === "title" && attr(e, "id") === attr(svg[0]!, "aria-labelledby"));
    expect(textOf(title!)).toBe("QR code of the contact card · 名片二维码");
  });

  it("loads nothing: no script to run, no stylesheet, image, font or frame from anywhere", () => {
    expect(els.filter((e) => ["img", "iframe", "object", "embed", "video", "audio"].includes(e.tagName))).toEqual([]);
    expect(els.filter((e) => e.tagName === "link" && attr(e, "rel") === "stylesheet")).toEqual([]);
    expect(els.filter((e) => e.tagName === "link" && attr(e, "rel") === "icon").map((e) => attr(e, "href"))).toEqual([
      "data:,",
    ]);
    expect(html).not.toMatch(/@import|url\(|@font-face/);
  });

  it("carries Open Graph tags with absolute URLs", () => {
    const og = Object.fromEntries(
      els.filter((e) => attr(e, "property")?.startsWith("og:")).map((e) => [attr(e, "property"), attr(e, "content")]),
    );
    expect(og).toEqual({
      "og:type": "website",
      "og:title": "Beijing Office · 北京办公室",
      "og:description": "Beijing Office · +86 10 6416 7544 · +44 7822 014058 · Beijing · 北京办公室",
      "og:url": "https://contact.example.org/",
      "og:locale": "en_GB",
      "og:locale:alternate": "zh_CN",
    });
  });

  it("holds schema.org JSON-LD that parses back to the office: names, both addresses, contact points in E.164", () => {
    const data = jsonLdOf(html);
    expect(data).toEqual(toJsonLd(contact, { origin: ORIGIN }));
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("Organization");
    expect(data.name).toBe("Beijing Office");
    expect(data.alternateName).toEqual({ "@value": "北京办公室", "@language": "zh-Hans" });
    expect(data.address).toEqual([
      {
        "@context": { "@language": "en" },
        "@type": "PostalAddress",
        streetAddress: "Room A409, Jucai Building, No. 76 Caoyuan Hutong, Dongcheng District",
        addressLocality: "Beijing",
        postalCode: "100027",
        addressCountry: "CN",
      },
      {
        "@context": { "@language": "zh-Hans" },
        "@type": "PostalAddress",
        streetAddress: "东城区草园胡同76号聚才大厦A座409室",
        addressLocality: "北京市",
        postalCode: "100027",
        addressCountry: "CN",
      },
    ]);
    expect(data.contactPoint).toEqual([
      { "@type": "ContactPoint", telephone: "+861064167544", contactType: "Office", description: "For calls." },
      {
        "@type": "ContactPoint",
        telephone: "+447822014058",
        contactType: "WhatsApp (messages only)",
        description: "For messages (WhatsApp); no calls.",
        url: "https://wa.me/447822014058",
      },
    ]);
    for (const point of data.contactPoint) expect(point.telephone).toMatch(/^\+[1-9]\d{6,14}$/);
    expect(data.telephone).toBe("+861064167544");
  });

  it("invents no organisation name and no email", () => {
    const data = jsonLdOf(html);
    expect(data).not.toHaveProperty("parentOrganization");
    expect(data).not.toHaveProperty("email");
    expect(byClass(els, "p-org")).toEqual([]);
    expect(html).not.toContain("mailto:");
  });

  it("is an h-card a microformats reader understands", () => {
    const parsed = mf2(html, { baseUrl: `${ORIGIN}/` });
    expect(parsed.items).toHaveLength(1);
    const card = parsed.items[0]!;
    expect(card.type).toEqual(["h-card"]);
    expect(card.properties.name).toEqual(["Beijing Office", "北京办公室"]);
    expect(card.properties.tel).toEqual(["+86 10 6416 7544", "+44 7822 014058"]);
    const [en, zh] = card.properties.adr as any[];
    expect(en.type).toEqual(["h-adr"]);
    expect(en.properties).toMatchObject({
      "extended-address": ["Room A409, Jucai Building"],
      "street-address": ["No. 76 Caoyuan Hutong"],
      locality: ["Beijing"],
      "postal-code": ["100027"],
      "country-name": ["PR China"],
    });
    expect(zh.properties).toMatchObject({
      "extended-address": ["聚才大厦A座409室"],
      "street-address": ["草园胡同76号"],
      locality: ["北京市"],
      "postal-code": ["100027"],
      "country-name": ["中国"],
    });
  });
});

describe("the contact page of other contacts", () => {
  it("names the organisation, the email and the hours when the data has them", () => {
    const file = shippedFile();
    file.organisation = { en: "Example Trading", "zh-Hans": "示例贸易" };
    file.emails = [{ address: "office@example.org" }];
    file.hours = {
      timeZone: "Asia/Shanghai",
      weekly: [{ days: ["mo", "tu", "we", "th", "fr"], opens: "09:00", closes: "18:00" }],
    };
    const contact = validated(file);
    const html = render(contact);
    const data = jsonLdOf(html);
    expect(data.parentOrganization).toEqual({
      "@type": "Organization",
      name: "Example Trading",
      alternateName: { "@value": "示例贸易", "@language": "zh-Hans" },
    });
    expect(data.email).toBe("office@example.org");
    expect(data.contactPoint[0].hoursAvailable).toEqual([
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        opens: "09:00",
        closes: "18:00",
      },
    ]);
    const card = mf2(html, { baseUrl: `${ORIGIN}/` }).items[0]!;
    expect(card.properties.org).toEqual(["Example Trading", "示例贸易"]);
    expect(card.properties.email).toEqual(["mailto:office@example.org"]);
    expect(html).toContain("Mon, Tue, Wed, Thu, Fri");
  });

  it("escapes every value: hostile contacts render as text, their addresses as their lines, their JSON-LD parses back equal", () => {
    fc.assert(
      fc.property(hostileContact, (contact) => {
        const html = render(contact);
        const els = all(html);
        expect(els.filter((e) => e.tagName === "script")).toHaveLength(1);
        expect(jsonLdOf(html)).toEqual(JSON.parse(JSON.stringify(toJsonLd(contact, { origin: ORIGIN }))));
        const h1 = els.find((e) => e.tagName === "h1")!;
        const zh = contact.name["zh-Hans"];
        expect(textOf(h1)).toBe(zh ? `${contact.name.en} ${zh}` : contact.name.en);
        // The address's marked-up components read as the lines the model writes from them.
        const address = contact.address;
        const zhParts = address?.parts["zh-Hans"];
        const lines = address
          ? [
              englishLines(address.parts.en, address.postcode),
              ...(zhParts ? [chineseLines(zhParts, address.postcode)] : []),
            ]
          : [];
        expect(byClass(els, "h-adr").map(textOf)).toEqual(lines.map((l) => l.join("\n")));
      }),
      { numRuns: 150 },
    );
    // Each contact is new, so each page encodes its QR code (some 10 ms): 150 take seconds.
  }, 60_000);
});
