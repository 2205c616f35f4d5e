/** Reading rendered HTML back in the page tests: parse5's tree, text, attributes and languages. */
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

export type Node = DefaultTreeAdapterMap["node"];
export type Element = DefaultTreeAdapterMap["element"];

/** The document tree of `html`, as a browser builds it. */
export const parseHtml = (html: string) => parse(html);
/** The tree of an HTML fragment. */
export const parseHtmlFragment = (html: string) => parseFragment(html);

/** Every element under `node`, in document order. */
export function elements(node: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ("tagName" in n) out.push(n);
    const children = "childNodes" in n ? n.childNodes : [];
    for (const child of children) walk(child);
    if ("content" in n && n.tagName === "template") walk(n.content);
  };
  walk(node);
  return out;
}

/** An attribute's value, or undefined. */
export const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The element's text, with `<br>` as a line break. */
export function textOf(node: Node): string {
  if (node.nodeName === "#text") return (node as DefaultTreeAdapterMap["textNode"]).value;
  if ("tagName" in node && node.tagName === "br") return "\n";
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** Each text node under `node` with the language in force there (the nearest `lang`). */
export function textsWithLanguage(node: Node, inherited = ""): { text: string; lang: string; parent: string }[] {
  const out: { text: string; lang: string; parent: string }[] = [];
  const lang = "tagName" in node ? (attr(node, "lang") ?? inherited) : inherited;
  for (const child of "childNodes" in node ? node.childNodes : []) {
    if (child.nodeName === "#text")
      out.push({ text: (child as DefaultTreeAdapterMap["textNode"]).value, lang, parent: node.nodeName });
    else out.push(...textsWithLanguage(child, lang));
  }
  return out;
}
