/**
 * @module Phone numbers for generated contacts: landlines in a city's area code and mobiles,
 * each checked by libphonenumber-js (the validator's own metadata) and never repeated. Pure.
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { Random } from "./random";

/** Mobile prefixes of China's three carriers (MIIT allocations), all valid in libphonenumber-js. */
// prettier-ignore
const MOBILE_PREFIXES = ["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159", "177", "180", "181", "186", "187", "188", "189", "199"];
const ATTEMPTS = 50;

/** Hands out valid, distinct numbers, written as people write them (`+86 755 2345 6789`). */
export interface PhoneSource {
  /** A fixed line in the area code (`755` for Shenzhen). */
  landline(areaCode: string): string;
  /** A mainland China mobile number. */
  mobile(): string;
}

/** A source of distinct numbers drawn from `random`. */
export function createPhoneSource(random: Random): PhoneSource {
  const used = new Set<string>();
  const draw = (
    make: (attempt: number) => string,
    accept: (type: string | undefined) => boolean,
    what: string,
  ): string => {
    for (let i = 0; i < ATTEMPTS; i++) {
      const parsed = parsePhoneNumberFromString(make(i));
      if (!parsed?.isValid() || !accept(parsed.getType()) || used.has(parsed.number)) continue;
      used.add(parsed.number);
      return parsed.formatInternational();
    }
    throw new Error(`no valid ${what} found in ${ATTEMPTS} attempts`);
  };
  return {
    // Local numbers are 8 digits after a two-digit area code and 7 or 8 (by city) after a
    // three-digit one, and never start with 0 or 1 (trunk and service prefixes): attempts
    // alternate the two lengths, and libphonenumber-js's metadata keeps the right one.
    landline: (areaCode) =>
      draw(
        (attempt) =>
          `+86${areaCode}${random.int(2, 8)}${random.digits(areaCode.length === 2 || attempt % 2 === 0 ? 7 : 6)}`,
        (type) => type === "FIXED_LINE" || type === "FIXED_LINE_OR_MOBILE",
        `landline in area ${areaCode}`,
      ),
    mobile: () =>
      draw(
        () => `+86${random.pick(MOBILE_PREFIXES)}${random.digits(8)}`,
        (type) => type === "MOBILE",
        "mobile number",
      ),
  };
}
