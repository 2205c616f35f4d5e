/**
 * @module The contact's names: FN, N, and how the Chinese name and its pinyin travel in each
 * version. Pure.
 *
 * 4.0 gives FN and N an alternative per language (ALTID + LANGUAGE, RFC 6350 §5.4) and a
 * person's pinyin as a phonetic N (RFC 9554 §4.6: PHONETIC=piny, SCRIPT=Latn, same ALTID).
 * 3.0 has room for one FN and one N, so they are English, and:
 * - the Chinese name is a NICKNAME tagged LANGUAGE=zh-Hans: the one repeatable name property
 *   every client shows and searches (RFC 2426 §3.1.3: a name "in addition to the one
 *   belonging to" the contact), so a Chinese reader finds 北京办公室 by typing it;
 * - the pinyin goes where Apple's apps keep it (X-PHONETIC-FIRST-NAME/-LAST-NAME, as the macOS
 *   export in ez-vcard's test resources writes them; AOSP's VCardEntry reads the same names).
 */
import type { Contact, Language, Localized } from "../../model/contact";
import { localized, type CardBuilder } from "./card-builder";
import { param, property, structured, text } from "./property";

/** N's five components (RFC 6350 §6.2.2): family; given; additional; prefixes; suffixes. */
const N_COMPONENTS = 5;
const emptyN = () => Array<string>(N_COMPONENTS).fill("");
const nameComponents = (family = "", given = "") => [family, given, ...emptyN().slice(2)];
/** The text in `language`, or in English when that language has none. */
const inLanguage = (texts: Localized | undefined, language: Language) => texts?.[language] ?? texts?.en;

/** FN, N, and the Chinese name and pinyin as the version allows. */
export function addNames(card: CardBuilder, contact: Contact): void {
  const { familyName, givenName, phonetic } = contact;
  const isPerson = contact.kind === "person" && (familyName !== undefined || givenName !== undefined);

  if (card.version === "4.0") {
    card.add(...localized(card, "FN", contact.name));
    // N is optional in 4.0 (RFC 6350 §6.2.2, cardinality *1) and names individuals: the
    // KIND:org example of §6.1.4 is named by FN alone.
    if (!isPerson) return;
    const nIn = (language: Language) =>
      structured(nameComponents(inLanguage(familyName, language), inLanguage(givenName, language)));
    if (!familyName?.["zh-Hans"] && !givenName?.["zh-Hans"]) {
      card.add(property("N", nIn("en")));
      return;
    }
    const altId = card.altId("N");
    card.add(
      property("N", nIn("en"), [param("ALTID", altId), param("LANGUAGE", "en")]),
      property("N", nIn("zh-Hans"), [param("ALTID", altId), param("LANGUAGE", "zh-Hans")]),
    );
    if (phonetic.familyName || phonetic.givenName) {
      card.add(
        property("N", structured(nameComponents(phonetic.familyName, phonetic.givenName)), [
          param("ALTID", altId),
          param("PHONETIC", "piny"),
          param("SCRIPT", "Latn"),
          param("LANGUAGE", "zh-Hans"),
        ]),
      );
    }
    return;
  }

  card.add(property("FN", text(contact.name.en)));
  // RFC 2426 §3.1.2: N is required in 3.0; empty for an organisation, as Apple's apps write it.
  card.add(property("N", structured(isPerson ? nameComponents(familyName?.en, givenName?.en) : emptyN())));
  const zhName = contact.name["zh-Hans"];
  if (zhName) card.add(property("NICKNAME", { type: "text-list", value: [zhName] }, [param("LANGUAGE", "zh-Hans")]));
  if (isPerson) {
    if (phonetic.givenName) card.add(property("X-PHONETIC-FIRST-NAME", text(phonetic.givenName)));
    if (phonetic.familyName) card.add(property("X-PHONETIC-LAST-NAME", text(phonetic.familyName)));
  }
}
