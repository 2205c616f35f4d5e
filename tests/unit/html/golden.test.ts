/**
 * The shipped office's pages against golden files, read by eye once: any change to what a
 * visitor gets shows up as a diff to review. `UPDATE_GOLDEN=1` rewrites them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderContactPage, renderEmbedPage, renderNotFoundPage } from "../../../src/formats/html";
import { shipped } from "./contacts";

const FIXTURES = new URL("../../fixtures/html/", import.meta.url);
const ORIGIN = "https://contact.example.org";

describe.each([
  { file: "beijing-office.html", render: () => renderContactPage(shipped(), { origin: ORIGIN }) },
  { file: "beijing-office.embed.html", render: () => renderEmbedPage(shipped()) },
  { file: "not-found.html", render: () => renderNotFoundPage("nobody") },
])("$file", ({ file, render }) => {
  it("is the page as last reviewed", () => {
    const url = new URL(file, FIXTURES);
    const html = render();
    if (process.env.UPDATE_GOLDEN) writeFileSync(url, html);
    expect(html).toBe(readFileSync(url, "utf8"));
  });
});
