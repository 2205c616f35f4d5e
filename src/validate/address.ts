/**
 * @module Address rules: a known country, a postcode in that country's format (and, in China,
 * of the right province), each language in its own script, and the English and Chinese
 * versions describing the same place: the same components, numbers and (in pinyin) names. Pure.
 */
import { postcodeValidator, postcodeValidatorExistsForCountry } from "postcode-validator";
import { chineseLines, englishLines } from "../model/address-lines";
import type { Address, AddressParts, CountryCode } from "../model/contact";
import type { AddressFile, AddressPartsFile } from "../model/schema";
import { checkChineseDivisions } from "./address-china";
import { matchPlaceName } from "./pinyin-match";
import { error, warning, type Finding } from "./problem";
import { alphanumericRuns, chineseScriptProblem, latinScriptProblem } from "./script";

type Component = keyof AddressPartsFile;
/** Components written with numbers and generic words only (Room A409 / A座409室). */
const NUMBERED: readonly Component[] = ["room", "floor", "streetNumber"];
/** Components that are proper names, written in English as pinyin (草园胡同 / Caoyuan Hutong). */
const NAMED: readonly Component[] = ["building", "street", "district", "locality", "region"];
const COMPONENTS: readonly Component[] = [...NUMBERED, ...NAMED, "country"];

const displayNames = new Map<string, Intl.DisplayNames>();

/** The country's short name in a language, or undefined when the code is not a country. */
export function countryName(code: string, language: string): string | undefined {
  let names = displayNames.get(language);
  if (!names)
    displayNames.set(language, (names = new Intl.DisplayNames([language], { type: "region", fallback: "none" })));
  try {
    return names.of(code) ?? undefined;
  } catch {
    return undefined; // of() throws a RangeError for a code that is not well-formed.
  }
}

const sameMultiset = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
const listRuns = (runs: readonly string[]) => (runs.length ? runs.join(", ") : "no numbers");

function checkScripts(parts: AddressPartsFile, language: "en" | "zh-Hans"): Finding[] {
  const findings: Finding[] = [];
  for (const key of COMPONENTS) {
    const value = parts[key];
    if (value === undefined) continue;
    const path = ["address", language, key];
    if (language === "en") {
      const why = latinScriptProblem(value);
      if (why)
        findings.push(
          error(
            "script-latin",
            path,
            `${JSON.stringify(value)} ${why}: expected the English form in Latin letters (pinyin for Chinese names)`,
            "Latin script",
            value,
          ),
        );
    } else {
      const why = chineseScriptProblem(value);
      if (why)
        findings.push(
          error(
            "script-chinese",
            path,
            `${JSON.stringify(value)} ${why}: expected Simplified Chinese characters (digits and letters such as the A of A座 are fine)`,
            "Han characters",
            value,
          ),
        );
    }
  }
  return findings;
}

function checkAgreement(en: AddressPartsFile, zh: AddressPartsFile): Finding[] {
  const findings: Finding[] = [];
  for (const key of COMPONENTS) {
    const [e, z] = [en[key], zh[key]];
    if (key === "country") continue; // Country names are checked against the code instead.
    if (e === undefined && z === undefined) continue;
    if (e === undefined || z === undefined) {
      const [has, lacks] = e === undefined ? ["zh-Hans", "en"] : ["en", "zh-Hans"];
      findings.push(
        error(
          "address-component-missing",
          ["address", lacks, key],
          `the ${has === "en" ? "English" : "Chinese"} address has a ${key} (${JSON.stringify(e ?? z)}) but the ${lacks === "en" ? "English" : "Chinese"} one has none: expected the same parts in both languages`,
          `a ${key} in both languages`,
        ),
      );
      continue;
    }
    const [enRuns, zhRuns] = [alphanumericRuns(stripGenericWords(e)), alphanumericRuns(z)];
    if (NUMBERED.includes(key)) {
      if (!sameMultiset(enRuns, zhRuns)) {
        findings.push(
          error(
            "address-numbers",
            ["address", "en", key],
            `${JSON.stringify(e)} has ${listRuns(enRuns)} but ${z} has ${listRuns(zhRuns)}: expected the same numbers and letters in both languages`,
            listRuns(zhRuns),
            e,
          ),
        );
      }
      continue;
    }
    const match = matchPlaceName(e, z);
    if (!match.ok) {
      findings.push(
        error(
          "address-name",
          ["address", "en", key],
          `${JSON.stringify(e)} does not match ${z} (${match.expected})`,
          `the pinyin of ${z}: ${match.expected}`,
          e,
        ),
      );
    }
  }
  return findings;
}

// English generic words around numbers: "Room A409", "No. 76", "4th Floor", "Unit 3".
const ENGLISH_GENERIC =
  /\b(?:room|rm|suite|ste|unit|flat|apt|apartment|no|number|floor|fl|level|block|tower|building|bldg|st|nd|rd|th)\b\.?/gi;
function stripGenericWords(text: string): string {
  return text.replace(ENGLISH_GENERIC, " ");
}

function checkPostcode(code: string, postcode: string | undefined): Finding[] {
  if (postcode === undefined) return [];
  const path = ["address", "postcode"];
  if (postcodeValidatorExistsForCountry(code)) {
    if (!postcodeValidator(postcode, code)) {
      const expected =
        code === "CN"
          ? 'six digits, like "100027"'
          : `a postcode in the format used in ${countryName(code, "en") ?? code}`;
      return [
        error(
          "postcode-format",
          path,
          `${JSON.stringify(postcode)} is not a postcode of ${countryName(code, "en") ?? code}: expected ${expected}`,
          expected,
          postcode,
        ),
      ];
    }
  } else if (!/^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/.test(postcode)) {
    return [
      error(
        "postcode-format",
        path,
        `${JSON.stringify(postcode)} is not a postcode: expected letters and digits only`,
        "letters and digits",
        postcode,
      ),
    ];
  }
  return [];
}

function fillCountry(parts: AddressPartsFile, code: string, language: string): AddressParts {
  return { ...parts, country: parts.country ?? countryName(code, language) ?? code };
}

function checkCountryNames(address: AddressFile): Finding[] {
  const findings: Finding[] = [];
  for (const language of ["en", "zh-Hans"] as const) {
    const written = address[language]?.country;
    const official = countryName(address.country, language);
    if (written && official && !written.includes(official) && !official.includes(written)) {
      findings.push(
        warning(
          "country-name",
          ["address", language, "country"],
          `${JSON.stringify(written)} does not name ${official} (${address.country}): expected a name of the country that address.country gives`,
          official,
          written,
        ),
      );
    }
  }
  return findings;
}

/** Validates an address in both languages and builds its normalised form. */
export function checkAddress(address: AddressFile): { address?: Address; findings: Finding[] } {
  const findings: Finding[] = [];
  if (!countryName(address.country, "en")) {
    findings.push(
      error(
        "country-unknown",
        ["address", "country"],
        `${JSON.stringify(address.country)} is not an ISO 3166-1 country code: expected a code such as "CN", "GB" or "US"`,
        "an ISO 3166-1 alpha-2 code",
        address.country,
      ),
    );
    return { findings };
  }
  const postcode = address.postcode?.trim();
  findings.push(...checkPostcode(address.country, postcode));
  findings.push(...checkScripts(address.en, "en"));
  if (!address.en.locality) {
    findings.push(
      error(
        "address-incomplete",
        ["address", "en", "locality"],
        'the address has no city: expected "locality", like "Beijing"',
        "a locality",
      ),
    );
  }
  const zh = address["zh-Hans"];
  if (zh) {
    findings.push(...checkScripts(zh, "zh-Hans"));
    if (findings.every((f) => f.code !== "script-latin" && f.code !== "script-chinese"))
      findings.push(...checkAgreement(address.en, zh));
  }
  findings.push(...checkCountryNames(address));
  if (address.country === "CN") findings.push(...checkChineseDivisions(address.en, zh, postcode));

  const en = fillCountry(address.en, address.country, "en");
  const zhParts = zh ? fillCountry(zh, address.country, "zh-Hans") : undefined;
  return {
    findings,
    address: {
      country: address.country as CountryCode,
      ...(postcode ? { postcode } : {}),
      parts: { en, ...(zhParts ? { "zh-Hans": zhParts } : {}) },
      lines: { en: englishLines(en, postcode), ...(zhParts ? { "zh-Hans": chineseLines(zhParts, postcode) } : {}) },
    },
  };
}
