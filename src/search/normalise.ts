/**
 * @module How search compares text: case-, accent-, tone- and width-insensitive, blind to
 * spaces and punctuation, so "Běijīng", "BEIJING", "Ｂｅｉｊｉｎｇ" and "bei jing" are all
 * "beijing". The index and the query go through the same functions. Pure.
 */

// Unicode compatibility decomposition (UAX #15, NFKD) turns full-width Ａ into A and splits
// tone marks (ǐ) and diacritics (é) from their letters; the marks are then dropped.
const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// Han characters and everything else form separate terms: "beijing东城" is two words.
const SCRIPT_BOUNDARY = /(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/u;
// Pinyin with tone numbers ("bei3jing1"): every letter run followed by a tone digit 1-5.
const TONE_NUMBERED = /^(?:[a-z]+[1-5])+$/;

/**
 * Caseless, decomposed, without marks: the common first step. Lower-, upper- then lower-casing
 * after NFKD approximates Unicode full case folding (ß → ss, ᾀ → αι, 𝐀 → a); the first
 * lower-casing makes capital ẞ the ß that upper-casing then spells SS, so folding twice changes
 * nothing. σ stands for the final ς, whose choice depends on what follows, that is on spaces.
 */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .toUpperCase()
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(/ς/g, "σ");
}

/** The text as the index stores it: folded, and only letters and digits, run together. */
export function foldText(text: string): string {
  return fold(text).replace(NOT_WORD, "");
}

/**
 * The terms of a query, each folded like `foldText`: split at spaces, punctuation and script
 * changes; tone numbers removed from numbered pinyin ("bei3jing1" → "beijing"). A contact
 * matches when it contains every term, so "caoyuan hutong" and "caoyuanhutong" both match.
 */
export function queryTerms(query: string): string[] {
  const terms = fold(query)
    .split(NOT_WORD)
    .flatMap((word) => word.split(SCRIPT_BOUNDARY))
    .map((term) => (TONE_NUMBERED.test(term) && /[a-z]{2}/.test(term) ? term.replace(/[1-5]/g, "") : term))
    .filter(Boolean);
  return [...new Set(terms)];
}
