/**
 * @module The normalised contact: what the validator hands to every representation.
 *
 * A value of these types has passed every rule of `src/validate/`; the branded strings
 * say so in the type (an `E164` can only come from the phone validator).
 */
import type { CountryCode, NumberType } from "libphonenumber-js";
import type { CONTACT_KINDS, CONTEXTS, Language, MESSAGING_APPS, PHONE_USES, WEEKDAYS } from "./schema";

declare const brand: unique symbol;
/** A string known to satisfy a rule, named by `B`. */
export type Branded<T, B extends string> = T & { readonly [brand]: B };

/** A phone number validated by libphonenumber-js and written in E.164 (`+861064167544`). */
export type E164 = Branded<string, "E164">;
/** A contact id (`beijing-office`): safe in URLs, file names and vCard UIDs. */
export type ContactId = Branded<string, "ContactId">;
/** A date as `YYYY-MM-DD` that exists in the calendar. */
export type IsoDate = Branded<string, "IsoDate">;

export type ContactKind = (typeof CONTACT_KINDS)[number];
export type PhoneUse = (typeof PHONE_USES)[number];
export type MessagingApp = (typeof MESSAGING_APPS)[number];
export type Context = (typeof CONTEXTS)[number];
export type Weekday = (typeof WEEKDAYS)[number];
export type { CountryCode, Language };
/** libphonenumber-js's number type, or UNKNOWN when its metadata cannot tell. */
export type PhoneType = NonNullable<NumberType> | "UNKNOWN";

/** The same text in English and, when known, Simplified Chinese. */
export interface Localized {
  readonly en: string;
  readonly "zh-Hans"?: string;
}

/** A chat link for a messaging app (`https://wa.me/447822014058`). */
export interface MessagingLink {
  readonly app: MessagingApp;
  readonly url: string;
}

/** A phone number with everything the representations need, computed once at validation. */
export interface Phone {
  readonly e164: E164;
  /** Region the number belongs to (`CN`, `GB`), from libphonenumber-js. */
  readonly country: CountryCode;
  /** libphonenumber-js's type: FIXED_LINE, MOBILE, FIXED_LINE_OR_MOBILE, TOLL_FREE, … */
  readonly type: PhoneType;
  /** As libphonenumber-js formats it for callers abroad (`+86 10 6416 7544`). */
  readonly international: string;
  /** As libphonenumber-js formats it for callers in its own country (`010 6416 7544`). */
  readonly national: string;
  /** RFC 3966 URI (`tel:+861064167544`). */
  readonly uri: string;
  readonly for: readonly PhoneUse[];
  readonly apps: readonly MessagingApp[];
  readonly links: readonly MessagingLink[];
  readonly context: Context;
  readonly label?: Localized;
}

export interface Email {
  readonly address: string;
  readonly context: Context;
  readonly label?: Localized;
}

export interface Website {
  readonly url: string;
  readonly label?: Localized;
}

/** One language's address components (RFC 9553 §2.5.1.1 kinds, in our own names). */
export interface AddressParts {
  readonly room?: string;
  readonly floor?: string;
  readonly building?: string;
  readonly streetNumber?: string;
  readonly street?: string;
  readonly district?: string;
  readonly locality?: string;
  readonly region?: string;
  /** The country's name as printed in this language. */
  readonly country: string;
}

/** An address in each language, checked to describe the same place. */
export interface Address {
  readonly country: CountryCode;
  readonly postcode?: string;
  readonly parts: { readonly en: AddressParts; readonly "zh-Hans"?: AddressParts };
  /** Display lines in each language's own order (Chinese from country down, English up). */
  readonly lines: { readonly en: readonly string[]; readonly "zh-Hans"?: readonly string[] };
}

export interface OpeningPeriod {
  readonly days: readonly Weekday[];
  readonly opens: string;
  readonly closes: string;
}

export interface Hours {
  readonly timeZone: string;
  readonly weekly: readonly OpeningPeriod[];
  readonly note?: Localized;
}

/** Pinyin (without tones, syllables separated by spaces) of the Chinese names, for sorting. */
export interface Phonetic {
  readonly name?: string;
  readonly familyName?: string;
  readonly givenName?: string;
  readonly organisation?: string;
}

/** A validated, normalised contact. */
export interface Contact {
  readonly id: ContactId;
  readonly kind: ContactKind;
  readonly primary: boolean;
  readonly name: Localized;
  readonly familyName?: Localized;
  readonly givenName?: Localized;
  readonly phonetic: Phonetic;
  /** Absent while the organisation's owner has not filled it in. */
  readonly organisation?: Localized;
  readonly department?: Localized;
  readonly title?: Localized;
  readonly tags: readonly string[];
  readonly phones: readonly Phone[];
  readonly emails: readonly Email[];
  readonly websites: readonly Website[];
  readonly address?: Address;
  readonly hours?: Hours;
  readonly note?: Localized;
  readonly photo?: string;
  readonly logo?: string;
  readonly updated: IsoDate;
}
