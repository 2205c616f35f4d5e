/**
 * @module How the pinyin of Chinese names (for sorting on phones) is read. Validation itself
 * needs every reading of each character; reading a name in context (重庆 chóngqìng, not
 * zhòngqìng) needs pinyin-pro's word dictionaries, 60 KiB gzipped that the worker cannot
 * afford. So the reader is a parameter: the build passes one that reads in context
 * (src/cli/phonetic-in-context.ts) and the worker's POST /v1/validate reads character by character.
 */
import { readingsOf } from "./pinyin-match";

/** Reads Chinese text as toneless pinyin syllables separated by spaces. */
export type PhoneticReader = (chinese: string, options?: { readonly surname?: boolean }) => string;

/** Reads each character by its first reading in pinyin-pro's dictionary. */
export const readByCharacter: PhoneticReader = (chinese) =>
  readingsOf(chinese)
    .map((options) => options[0] ?? "")
    .filter(Boolean)
    .join(" ");
