/**
 * @module What every part of a card needs while it is built: the version, the properties in
 * order, fresh group names (`item1`, `item2`, … as Apple's apps write them) and fresh ALTIDs,
 * and the two ways a text can exist in both languages. Pure.
 */
import type { Language, Localized } from "../../model/contact";
import {
  param,
  property,
  text,
  type VCardParam,
  type VCardProperty,
  type VCardValue,
  type VCardVersion,
} from "./property";

/** Collects one card's properties. */
export interface CardBuilder {
  readonly version: VCardVersion;
  add(...properties: readonly VCardProperty[]): void;
  /** A group name no other property of this card uses. */
  group(): string;
  /** An ALTID no other alternative set of the property `name` uses (RFC 6350 §5.4). */
  altId(name: string): string;
  readonly properties: readonly VCardProperty[];
}

/** A new, empty card of `version`. */
export function createCardBuilder(version: VCardVersion): CardBuilder {
  const properties: VCardProperty[] = [];
  let groups = 0;
  const altIds = new Map<string, number>();
  return {
    version,
    properties,
    add: (...more) => void properties.push(...more),
    group: () => `item${++groups}`,
    altId(name) {
      const next = (altIds.get(name.toUpperCase()) ?? 0) + 1;
      altIds.set(name.toUpperCase(), next);
      return String(next);
    },
  };
}

/** The languages `texts` is written in, English first (the card's first choice). */
export const languagesOf = (texts: Localized): Language[] => (texts["zh-Hans"] ? ["en", "zh-Hans"] : ["en"]);

/** How to build one language's property of an alternative set. */
export interface AlternativeOptions {
  readonly value: (language: Language) => VCardValue;
  readonly params?: (language: Language) => readonly VCardParam[];
  readonly group?: string;
  /** Whether 3.0 repeats the property in Chinese (for properties that may repeat). */
  readonly zhIn30?: boolean;
}

/**
 * The property in each of `languages` (English first). 4.0: alternatives sharing an ALTID,
 * each with its LANGUAGE (RFC 6350 §5.4: "the same property value in different languages");
 * a single language needs neither. 3.0 has no ALTID: the English property only, and, with
 * `zhIn30`, the Chinese one after it as another property tagged LANGUAGE=zh-Hans.
 */
export function alternatives(
  card: CardBuilder,
  name: string,
  languages: readonly Language[],
  options: AlternativeOptions,
): VCardProperty[] {
  const paramsOf = options.params ?? (() => []);
  const build = (language: Language, params: readonly (readonly VCardParam[])[]) =>
    property(name, options.value(language), [...params, paramsOf(language)], options.group);
  if (card.version === "3.0") {
    const out = [build("en", [])];
    if (languages.includes("zh-Hans") && options.zhIn30) out.push(build("zh-Hans", [param("LANGUAGE", "zh-Hans")]));
    return out;
  }
  if (languages.length === 1) return [build("en", [])];
  const altId = card.altId(name);
  return languages.map((language) => build(language, [param("ALTID", altId), param("LANGUAGE", language)]));
}

/** `alternatives` of a text in both languages (`value` turns each text into a value). */
export function localized(
  card: CardBuilder,
  name: string,
  texts: Localized,
  options: Omit<AlternativeOptions, "value"> & { readonly value?: (text: string) => VCardValue } = {},
): VCardProperty[] {
  const valueOf = options.value ?? text;
  return alternatives(card, name, languagesOf(texts), {
    ...options,
    value: (language) => valueOf(texts[language] ?? texts.en),
  });
}

/**
 * `properties` with a label, as Apple's apps write one (`item2.TEL` + `item2.X-ABLabel` in the
 * iPhone and macOS exports among ez-vcard's test resources): a group shared with an `X-ABLabel`
 * property. Android ignores it and shows the TYPE. 3.0 carries the English
 * label only: a second X-ABLabel in a group would leave the label Apple shows to chance.
 */
export function labelled(
  card: CardBuilder,
  properties: readonly VCardProperty[],
  label: Localized | undefined,
): VCardProperty[] {
  if (!label) return [...properties];
  const group = card.group();
  return [...properties.map((p) => ({ ...p, group })), ...localized(card, "X-ABLabel", label, { group })];
}
