/** Search normalisation: case, tones, accents, width, spaces and punctuation do not matter. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText, queryTerms } from "../../../src/search/normalise";

describe("foldText", () => {
  it.each([
    ["Beijing", "beijing"],
    ["BEIJING", "beijing"],
    ["Běijīng", "beijing"],
    ["Ｂｅｉｊｉｎｇ", "beijing"],
    ["Bei Jing", "beijing"],
    ["Xi'an", "xian"],
    ["Xi’an", "xian"],
    ["Lǚ", "lu"],
    ["Müller-García", "mullergarcia"],
    ["Straße", "strasse"],
    ["STRAẞE", "strasse"],
    ["No. 76", "no76"],
    ["７６号", "76号"],
    ["北京　办公室", "北京办公室"],
    ["A座409室", "a座409室"],
    ["+86 10 6416 7544", "861064167544"],
  ])("folds %j to %j", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("is idempotent and blind to case and inserted spaces", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), fc.nat(), (graphemes, at) => {
        const text = graphemes.join("");
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(foldText(text.toUpperCase())).toBe(foldText(text.toLowerCase()));
        // A space between two characters (never inside one) changes nothing.
        const i = at % (graphemes.length + 1);
        expect(foldText([...graphemes.slice(0, i), " ", ...graphemes.slice(i)].join(""))).toBe(folded);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("queryTerms", () => {
  it.each([
    ["caoyuan hutong", ["caoyuan", "hutong"]],
    ["  Caoyuan,  HUTONG!  ", ["caoyuan", "hutong"]],
    ["草园 胡同", ["草园", "胡同"]],
    ["beijing东城", ["beijing", "东城"]],
    ["bei3jing1", ["beijing"]],
    ["Běijīng", ["beijing"]],
    ["a409", ["a409"]],
    ["beijing beijing", ["beijing"]],
    ["!!! ... ", []],
    ["", []],
  ])("reads %j as %j", (query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });

  it("yields only folded, non-empty terms for any input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (query) => {
        for (const term of queryTerms(query)) {
          expect(term).not.toBe("");
          expect(foldText(term)).toBe(term);
        }
      }),
      { numRuns: 500 },
    );
  });
});
