/**
 * @module What search looks at in a contact: every name in both languages and in pinyin, the
 * organisation, department, title, tags, address parts, postcode and phone numbers, folded by
 * `foldText`. Pinyin comes from pinyin-pro, in context (长安 cháng'ān) and with ü also as v
 * (绿: lu, lv), as people type it. Runs at build time, not per request. Pure.
 */
import { pinyin } from "pinyin-pro";
import type { Contact, Localized } from "../model/contact";
import { foldText } from "./normalise";

/** A contact's folded search keys: its names (ranked first) and everything else. */
export interface SearchKeys {
  readonly names: readonly string[];
  readonly others: readonly string[];
}

const HAN = /\p{Script=Han}/u;
const NUMBERED = new Set(["room", "floor", "streetNumber"]);

/** Remembers pinyin already read: a directory repeats its districts, streets and departments. */
export type PinyinCache = Map<string, readonly string[]>;

/** Folded pinyin readings of a Chinese text: the ü form folded to u, and the v form. */
function pinyinKeys(cache: PinyinCache, chinese: string, surname = false): readonly string[] {
  if (!HAN.test(chinese)) return [];
  const key = `${surname ? "s" : "-"}${chinese}`;
  let keys = cache.get(key);
  if (!keys) {
    const read = (v: boolean) =>
      pinyin(chinese, {
        type: "array",
        toneType: "none",
        nonZh: "consecutive",
        v,
        ...(surname ? { surname: "head" as const } : {}),
      }).join("");
    keys = [foldText(read(false)), foldText(read(true))];
    cache.set(key, keys);
  }
  return keys;
}

function nameKeys(contact: Contact, bilingualKeys: BilingualKeys): string[] {
  const person = contact.kind === "person";
  const keys = [
    ...bilingualKeys(contact.name, person),
    ...bilingualKeys(contact.familyName, true),
    ...bilingualKeys(contact.givenName),
  ];
  // "Xiaoming Wang" finds 王晓明 (Wang Xiaoming) as well: given name first, as in English.
  if (contact.familyName && contact.givenName) keys.push(foldText(contact.givenName.en + contact.familyName.en));
  return keys;
}

type BilingualKeys = (text: Localized | undefined, surname?: boolean) => string[];

function otherKeys(contact: Contact, bilingualKeys: BilingualKeys, cache: PinyinCache): string[] {
  const keys = [
    foldText(contact.id),
    ...bilingualKeys(contact.organisation),
    ...bilingualKeys(contact.department),
    ...bilingualKeys(contact.title),
    ...contact.tags.map(foldText),
  ];
  const address = contact.address;
  if (address) {
    keys.push(...Object.values(address.parts.en).map(foldText));
    for (const [component, part] of Object.entries(address.parts["zh-Hans"] ?? {})) {
      // Rooms and numbers (A座409室, 76号) are found by their digits, not their pinyin.
      keys.push(foldText(part), ...(NUMBERED.has(component) ? [] : pinyinKeys(cache, part)));
    }
    if (address.postcode) keys.push(foldText(address.postcode));
  }
  // Digits as dialled from abroad (861064167544) and at home (01064167544).
  for (const phone of contact.phones) keys.push(phone.e164.slice(1), foldText(phone.national));
  for (const email of contact.emails) keys.push(foldText(email.address));
  return keys;
}

/** Keys that another key already contains add nothing to a substring search. */
function withoutContained(keys: readonly string[]): string[] {
  const unique = [...new Set(keys.filter(Boolean))].sort((a, b) => b.length - a.length);
  return unique.filter((key, i) => !unique.slice(0, i).some((longer) => longer.includes(key)));
}

/**
 * The search keys of a contact. Name keys stay whole (ranking compares them exactly). Pass
 * the same cache for every contact of a directory.
 */
export function searchKeysOf(contact: Contact, cache: PinyinCache = new Map()): SearchKeys {
  // The keys of a text in both languages: English, Chinese and the pinyin of the Chinese.
  const bilingualKeys: BilingualKeys = (text, surname = false) => {
    if (!text) return [];
    const zh = text["zh-Hans"];
    return [foldText(text.en), ...(zh ? [foldText(zh), ...pinyinKeys(cache, zh, surname)] : [])];
  };
  const names = [...new Set(nameKeys(contact, bilingualKeys).filter(Boolean))];
  const others = withoutContained(otherKeys(contact, bilingualKeys, cache)).filter(
    (key) => !names.some((name) => name.includes(key)),
  );
  return { names, others };
}
