/**
 * @module Chinese names written in English as Hanyu Pinyin, the way Chinese addresses and
 * passports write them (GB/T 16159): syllables run together, capitalised, with an apostrophe
 * before a syllable starting with a, o or e (Xi'an). Readings from pinyin-pro. Pure.
 */
import { pinyin } from "pinyin-pro";

/** `西安` → `Xi'an`, `草园` → `Caoyuan`; `surname` reads family names (单 → Shan). */
export function romanise(chinese: string, options: { surname?: boolean } = {}): string {
  const syllables = pinyin(chinese, {
    type: "array",
    toneType: "none",
    nonZh: "consecutive",
    ...(options.surname ? { surname: "head" as const } : {}),
  }).filter((s) => s.trim() !== "");
  // GB/T 16159 §6.1.7: an apostrophe marks a syllable boundary before a, o, e (Xi'an, not Xian).
  const word = syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s)).join("");
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A lower-case ASCII slug for ids and tags (`Xi'an` → `xian`, `Lüshun` → `lushun`). */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
