/**
 * Debian's Chromium driven by playwright-core, watching what a visitor cannot see: every
 * request (one to another origin is aborted and recorded), console errors, uncaught
 * exceptions and Content-Security-Policy violations.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

/** Where Debian installs Chromium (`apt-get install chromium`; .ci/run does). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Starts a headless Chromium without sandbox, GPU or background traffic; `extraArgs` add flags. */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      ...extraArgs,
    ],
  });
}

/** What a page did besides showing itself. */
export interface PageLog {
  /** URLs of requests to another origin (aborted). */
  readonly foreign: string[];
  /** Every URL requested, for the record. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  /** Content-Security-Policy violations: the directive and the blocked URI. */
  readonly violations: () => Promise<string[]>;
}

/** Phone and desktop, as the page must work on both. */
export const VIEWPORTS = {
  phone: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
} as const satisfies Record<string, BrowserContextOptions>;

/** A new page in a new context with `options`, and the log of what it does. */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const log = {
    foreign: [] as string[],
    requests: [] as string[],
    consoleErrors: [] as string[],
    pageErrors: [] as string[],
  };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (new URL(url).origin !== origin && !url.startsWith("data:")) {
      log.foreign.push(url);
      return route.abort("blockedbyclient");
    }
    return route.continue();
  });
  page.on("console", (message) => {
    if (message.type() === "error") log.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => log.pageErrors.push(error.message));
  // Installed by the browser before any page script, outside the page's CSP.
  await context.addInitScript(
    `globalThis.__cspViolations = []; document.addEventListener("securitypolicyviolation", (e) => globalThis.__cspViolations.push(e.effectiveDirective + " " + e.blockedURI));`,
  );
  const violations = () => page.evaluate<string[]>("globalThis.__cspViolations ?? []");
  return { page, log: { ...log, violations } };
}
