/**
 * @module The document shell every HTML page shares: charset, viewport, title, the inlined
 * stylesheet, no script. Pages put their content (and extra `<head>` elements such as Open
 * Graph tags or JSON-LD) into it; `renderDocument` writes it with its DOCTYPE. Pure.
 */
import type { Child } from "hono/jsx";
import { PAGE_CSS } from "./styles";

/** What a page gives the shell. */
export interface PageLayoutProps {
  /** The `<title>`; bilingual pages put both languages in it. */
  readonly title: string;
  /** The `<meta name="description">`, for search results. */
  readonly description?: string;
  /** Extra elements for `<head>` (Open Graph, canonical link, JSON-LD). */
  readonly head?: Child;
  /** Whether search engines may index the page (not for error pages). */
  readonly indexable?: boolean;
  readonly children?: Child;
}

/**
 * The whole `<html>` element. The document language is English; every Chinese text sits in
 * an element with `lang="zh-Hans"` (WCAG 2.2 §3.1.2 "Language of Parts"), so screen readers
 * switch voice and browsers choose a Chinese font.
 */
export function PageLayout(props: PageLayoutProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        {props.indexable === false ? <meta name="robots" content="noindex" /> : null}
        {/* No favicon request: the service has no icon, and a 404 would be one more request. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
        {props.head ?? null}
      </head>
      <body>{props.children}</body>
    </html>
  );
}

/** HTML §13.1.1: the document as text, starting with the DOCTYPE that JSX cannot write. */
export function renderDocument(document: Child): string {
  const body = document === null || document === undefined ? "" : document.toString();
  // Every component here is synchronous, so hono/jsx renders to a string at once.
  if (typeof body !== "string") throw new TypeError("renderDocument: a component rendered asynchronously");
  return `<!DOCTYPE html>${body}`;
}
