/**
 * The contact page in real Chromium (Debian's, driven by playwright-core) against the worker
 * running in workerd: at phone and desktop sizes, light and dark, it shows both languages
 * without sideways scrolling, every action works (tap to call, WhatsApp, the download, the
 * map links, the QR code scans), nothing is requested from another origin, nothing is logged
 * as an error, the Content-Security-Policy blocks nothing, axe finds no WCAG 2.2 AA violation,
 * and the keyboard reaches every link with a visible focus. Screenshots go to
 * $SCREENSHOT_DIR (default /tmp/contact-card-screenshots) for a person to look at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import jsQR from "jsqr";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toQrVCard } from "../../src/formats/qr-card";
import { bundledStore } from "../../src/store/bundled";
import { launchChromium, openPage, VIEWPORTS } from "./browser";

const BASE = inject("baseUrl");
const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp/contact-card-screenshots";
mkdirSync(SHOTS, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  { path: "/", name: "home" },
  { path: "/contacts/beijing-office", name: "contact" },
];
const SIZES = Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[];

describe.each(SIZES.flatMap((size) => PAGES.map((p) => ({ size, ...p }))))(
  "$path on a $size",
  ({ size, path, name }) => {
    it("loads from the origin alone, with no error, no CSP violation and no sideways scrolling, in light and dark", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, log } = await openPage(browser, BASE, { ...VIEWPORTS[size], colorScheme });
        const res = await page.goto(`${BASE}${path}`);
        expect(res?.status()).toBe(200);
        await page.screenshot({ path: join(SHOTS, `${name}-${size}-${colorScheme}.png`), fullPage: true });
        expect(log.foreign).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
        expect(log.pageErrors).toEqual([]);
        expect(await log.violations()).toEqual([]);
        // The document itself and nothing else: styles, QR code and data are in it.
        expect(log.requests).toEqual([`${BASE}${path}`]);
        const overflow = await page.evaluate<number>(
          "document.documentElement.scrollWidth - document.documentElement.clientWidth",
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      }
    });

    it("shows both languages, tap-to-call, WhatsApp without a call link, the address and map links", async () => {
      const { page } = await openPage(browser, BASE, VIEWPORTS[size]);
      await page.goto(`${BASE}${path}`);
      await expect(page.locator("h1").innerText()).resolves.toMatch(/^Beijing Office\s+北京办公室$/);
      expect(await page.locator("h1 [lang=zh-Hans]").isVisible()).toBe(true);
      const call = page.locator('a[href="tel:+861064167544"]');
      expect(await call.count()).toBe(1);
      expect(await call.isVisible()).toBe(true);
      expect(await call.innerText()).toContain("+86 10 6416 7544");
      // WCAG 2.2 §2.5.5: a target of at least 44 by 44 CSS pixels.
      const box = (await call.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
      const chat = page.locator('a[href="https://wa.me/447822014058"]');
      expect(await chat.isVisible()).toBe(true);
      expect(await page.locator('a[href^="tel:+44"], a[href^="sms:"]').count()).toBe(0);
      expect(await page.locator('.h-adr[lang="en"]').innerText()).toContain("No. 76 Caoyuan Hutong");
      expect(await page.locator('.h-adr[lang="zh-Hans"]').innerText()).toContain("北京市东城区草园胡同76号");
      expect(await page.locator('a.map[href^="https://www.openstreetmap.org/search?query="]').isVisible()).toBe(true);
      expect(await page.locator('a.map[href^="https://uri.amap.com/search?keyword="]').isVisible()).toBe(true);
      await page.context().close();
    });

    it("downloads the contact card from the button", async () => {
      const { page } = await openPage(browser, BASE, VIEWPORTS[size]);
      await page.goto(`${BASE}${path}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: /Download contact card/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("beijing-office.vcf");
      const card = readFileSync((await download.path())!, "utf8");
      expect(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n")).toBe(true);
      expect(card).toBe(await (await fetch(`${BASE}/v1/contacts/beijing-office.vcf`)).text());
      await page.context().close();
    });

    it("shows a QR code that scans to the contact's card", async () => {
      const { page } = await openPage(browser, BASE, VIEWPORTS[size]);
      await page.goto(`${BASE}${path}`);
      const svg = page.locator(".qr svg");
      expect(await svg.isVisible()).toBe(true);
      const png = PNG.sync.read(await svg.screenshot());
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(new TextDecoder().decode(new Uint8Array(code!.binaryData))).toBe(toQrVCard(await bundledStore.primary()));
      await page.context().close();
    });

    it("reaches every link by keyboard with a visible focus ring", async () => {
      const { page } = await openPage(browser, BASE, VIEWPORTS[size]);
      await page.goto(`${BASE}${path}`);
      const links = await page.locator("a[href]").count();
      const reached = new Set<string>();
      for (let i = 0; i < links; i++) {
        await page.keyboard.press("Tab");
        const focused = await page.evaluate<{ href: string; text: string; outline: string } | undefined>(`(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        return { href: el.getAttribute("href") ?? "", text: el.innerText, outline: style.outlineStyle + " " + style.outlineWidth };
      })()`);
        expect(focused, `tab ${i + 1}`).toBeDefined();
        expect(focused!.outline, focused!.text).toBe("solid 3px");
        reached.add(`${focused!.href} ${focused!.text}`);
      }
      expect(reached.size).toBe(links);
      await page.context().close();
    });

    it("has no WCAG 2.2 A or AA violation axe can find (contrast, names, languages, structure), light and dark", async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        // axe is injected as a script: only this context lets it past the page's policy.
        const { page } = await openPage(browser, BASE, { ...VIEWPORTS[size], colorScheme, bypassCSP: true });
        await page.goto(`${BASE}${path}`);
        const results = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
          [],
        );
        await page.context().close();
      }
    }, 60_000);
  },
);

describe("the embed and the framing rules", () => {
  // The host page below is fulfilled by the test, which Chromium takes for a public site; its
  // Local Network Access checks would then block any frame from 127.0.0.1 whatever our headers
  // say. A deployed worker is public itself, so real websites do not meet this.
  let lnaOff: Browser;
  beforeAll(async () => {
    lnaOff = await launchChromium(["--disable-features=LocalNetworkAccessChecks"]);
  }, 60_000);
  afterAll(async () => {
    await lnaOff?.close();
  });

  it("shows the card inside another page's iframe, and refuses to frame the full page", async () => {
    const { page, log } = await openPage(lnaOff, BASE, VIEWPORTS.desktop);
    // A website on another origin (answered here, never on the network) that frames both.
    const host = "http://website.test/";
    await page.route(host, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!DOCTYPE html><title>host</title><iframe id="embed" title="card" src="${BASE}/contacts/beijing-office/embed" width="420" height="700"></iframe><iframe id="page" title="page" src="${BASE}/"></iframe>`,
      }),
    );
    await page.goto(host);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator("h1").innerText()).resolves.toMatch(/Beijing Office/);
    expect(await embed.locator('a[href="tel:+861064167544"]').isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, "embed-desktop.png") });
    // Chromium shows its own error page in the frame instead.
    expect(await page.frameLocator("#page").locator("body").innerText()).not.toContain("Beijing Office");
    await expect.poll(() => log.consoleErrors.some((e) => /frame-ancestors 'none'/.test(e))).toBe(true);
    await page.context().close();
  });
});

describe("an unknown contact in the browser", () => {
  it("gets a page that says so in both languages, with links onwards", async () => {
    const { page, log } = await openPage(browser, BASE, VIEWPORTS.phone);
    const res = await page.goto(`${BASE}/contacts/nobody`);
    expect(res?.status()).toBe(404);
    await page.screenshot({ path: join(SHOTS, "not-found-phone.png"), fullPage: true });
    expect(await page.locator("h1").innerText()).toMatch(/Contact not found\s+未找到联系人/);
    expect(await page.getByRole("link", { name: /All contacts/ }).getAttribute("href")).toBe("/contacts");
    expect(log.foreign).toEqual([]);
    // The 404 itself is the only console error Chromium logs.
    expect(log.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.context().close();
  });
});
