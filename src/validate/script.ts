/**
 * @module Which writing system a text is in: the Chinese components of an address must be
 * written in Han characters, the English ones in Latin letters. Pure.
 */

const HAN = /\p{Script=Han}/u;
// Scripts that are never right in an English field: Han, kana, Hangul.
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}0-9]/u;
// In a Chinese component: Han, ASCII letters and digits (A座, 76号), and the punctuation of addresses.
const CHINESE_ALLOWED = /^[\p{Script=Han}A-Za-z0-9０-９Ａ-Ｚａ-ｚ\s·・\-—－()（）#＃,，、.．]*$/u;

/** True when `text` contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Why `text` is not fit for a Simplified Chinese field, or undefined when it is. */
export function chineseScriptProblem(text: string): string | undefined {
  if (!hasHan(text)) return "is not written in Chinese characters";
  if (!CHINESE_ALLOWED.test(text)) {
    const odd = [...text].find((ch) => !CHINESE_ALLOWED.test(ch));
    return `contains ${JSON.stringify(odd)}, which does not belong in a Chinese address`;
  }
  return undefined;
}

/** Why `text` is not fit for an English field, or undefined when it is. */
export function latinScriptProblem(text: string): string | undefined {
  const odd = [...text].find((ch) => EAST_ASIAN.test(ch));
  if (odd) return `contains the character ${JSON.stringify(odd)}, which is not Latin script`;
  if (!LATIN_OR_DIGIT.test(text)) return "has no Latin letters or digits";
  return undefined;
}

/** Letters and digits outside Han, split into runs (`A座409室` → `A`, `409`), upper-cased. */
export function alphanumericRuns(text: string): string[] {
  const ascii = text.normalize("NFKC"); // full-width Ａ４ → A4
  return (ascii.match(/[A-Za-z]+|[0-9]+/g) ?? []).map((run) => run.toUpperCase());
}
