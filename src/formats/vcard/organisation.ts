/**
 * @module The organisation side of a card: KIND / X-ABShowAs, ORG with its pinyin, TITLE. Pure.
 *
 * What ORG holds (RFC 6350 §6.6.4: "the organizational name and units associated with the
 * vCard", the name first, then units from the largest down):
 * - an organisation: its own name, which is the organisation's name;
 * - an office of a known organisation: `organisation;office` (the unit after the name, as
 *   the KIND:org example of RFC 6350 §6.1.4 writes `ABC, Inc.;…;Marketing` for "ABC Marketing");
 * - an office whose organisation is not known yet (the shipped data: its owner has not filled
 *   the name in): the office's own name alone. The card must never invent a company name, and
 *   this names none: "Beijing Office" is the name of the very organisational unit the card
 *   describes, as FN already says. An empty ORG is no answer: a company card
 *   (X-ABShowAs:COMPANY) is listed by its ORG on Apple's apps and would show "No Name".
 * - a person: their organisation and department, when known (an unknown organisation stays
 *   an empty first component rather than a guess).
 */
import type { Contact, Localized } from "../../model/contact";
import { alternatives, localized, type CardBuilder } from "./card-builder";
import { param, property, structured, text } from "./property";

/** ORG's components, each in both languages, and the pinyin of the first (for sorting). */
interface OrgLine {
  readonly components: readonly (Localized | undefined)[];
  readonly phonetic?: string;
}

/** What ORG says for `contact`, or undefined when it has nothing to say. */
export function orgLine(contact: Contact): OrgLine | undefined {
  const { organisation, department, phonetic } = contact;
  const withPinyin = (components: readonly (Localized | undefined)[], pinyin: string | undefined): OrgLine => ({
    components: components.filter((c, i) => i === 0 || c !== undefined),
    ...(pinyin && components[0]?.["zh-Hans"] ? { phonetic: pinyin } : {}),
  });
  switch (contact.kind) {
    case "organisation":
      return withPinyin([contact.name, department], phonetic.name);
    case "office":
      return organisation
        ? withPinyin([organisation, department, contact.name], phonetic.organisation)
        : withPinyin([contact.name, department], phonetic.name);
    case "person":
      return organisation || department ? withPinyin([organisation, department], phonetic.organisation) : undefined;
  }
}

/** Whether clients should show the card as an organisation rather than a person. */
export const isOrganisationCard = (contact: Contact): boolean => contact.kind !== "person";

/** KIND (4.0) near the top of the card. */
export function addKind(card: CardBuilder, contact: Contact): void {
  // RFC 6350 §6.1.4: "org" for an organisation; "individual" is the default, left unsaid.
  if (card.version === "4.0" && isOrganisationCard(contact)) card.add(property("KIND", text("org")));
}

/** ORG, its pinyin, Apple's company flag and TITLE. */
export function addOrganisation(card: CardBuilder, contact: Contact): void {
  const line = orgLine(contact);
  if (line) {
    const languages = line.components.some((c) => c?.["zh-Hans"]) ? (["en", "zh-Hans"] as const) : (["en"] as const);
    card.add(
      ...alternatives(card, "ORG", languages, {
        value: (language) => structured(line.components.map((c) => c?.[language] ?? c?.en ?? "")),
        // 4.0: the pinyin sorts the Chinese ORG (RFC 6350 §5.9 SORT-AS; AOSP reads it, see its
        // v40_sort_as.vcf). 3.0: only where Apple reads it, below.
        params: (language) => (language === "zh-Hans" && card.version === "4.0" ? param("SORT-AS", line.phonetic) : []),
        // A person's organisation is not the card's title, so a Chinese ORG may follow in 3.0;
        // for a company card Apple lists the card by ORG, so 3.0 keeps one, in English.
        zhIn30: !isOrganisationCard(contact),
      }),
    );
    // Apple's apps sort a Chinese company name under "#" without its reading
    // (metowolf/vCards#491, #525): the pinyin of the Chinese name the card also carries.
    if (card.version === "3.0" && line.phonetic) card.add(property("X-PHONETIC-ORG", text(line.phonetic)));
  }
  // Apple's apps show a company card (the flag their own exports write) for an organisation.
  if (card.version === "3.0" && isOrganisationCard(contact)) card.add(property("X-ABShowAs", text("COMPANY")));
  if (contact.title) card.add(...localized(card, "TITLE", contact.title, { zhIn30: true }));
}
