/**
 * @module The phonetic reader of the build: pinyin-pro reading names in context, surnames by
 * their surname readings (曾 zēng). Node only: its dictionaries stay out of the worker.
 */
import { pinyin } from "pinyin-pro";
import type { PhoneticReader } from "../validate/phonetic";

/** Reads Chinese text in context as toneless pinyin syllables separated by spaces. */
export const readInContext: PhoneticReader = (chinese, options = {}) =>
  pinyin(chinese, {
    type: "array",
    toneType: "none",
    nonZh: "consecutive",
    ...(options.surname ? { surname: "head" as const } : {}),
  })
    .map((syllable) => syllable.trim())
    .filter(Boolean)
    .join(" ");
