/**
 * @module Validates one contact file, from its text to a normalised `Contact`: JSON syntax,
 * shape, then every rule of this folder. Returns every problem at once, never throws. Pure.
 */
import type { Contact, ContactId, Email, Hours, IsoDate, Localized, Phonetic, Website } from "../model/contact";
import type { ContactFile } from "../model/schema";
import { checkAddress } from "./address";
import { parseJsonSource, type JsonSource } from "./json-source";
import { checkPhones } from "./phones";
import { readByCharacter, type PhoneticReader } from "./phonetic";
import { matchPlaceName, spellings } from "./pinyin-match";
import { error, warning, type Finding, type Problem } from "./problem";
import { hasHan, latinScriptProblem } from "./script";
import { checkShape, withoutFailingFields } from "./shape";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** What the validator knows of a contact's source besides its text. */
export interface ContactSourceOptions {
  /** How problems name the source: `data/beijing-office.json`, or a label like `request body`. */
  readonly file: string;
  /** The id the file name implies; the file's own id must equal it. */
  readonly expectedId?: string;
  /** Today's date, for spotting an `updated` date in the future (default: the clock). */
  readonly today?: string;
  /** How Chinese names become pinyin for sorting (default: character by character). */
  readonly phonetic?: PhoneticReader;
}

export interface ContactResult {
  /** Present when there is no error (warnings allowed). */
  readonly contact?: Contact;
  readonly problems: readonly Problem[];
}

/** Validates the text of one contact file. */
export function validateContactText(text: string, options: ContactSourceOptions): ContactResult {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) return { problems: parsed.findings.map((f) => ({ ...f, file: options.file })) };
  return validateContactSource(parsed.source, options);
}

/** Validates an already parsed JSON value (positions are then unknown). */
export function validateContactValue(value: unknown, options: ContactSourceOptions): ContactResult {
  return validateContactSource({ value, locate: () => undefined }, options);
}

function validateContactSource(source: JsonSource, options: ContactSourceOptions): ContactResult {
  const place = (f: Finding): Problem => ({ ...(source.locate(f.path) ?? {}), ...f, file: options.file });
  const shape = checkShape(source.value);
  if (!shape.ok) {
    // Report the other rules' problems too, on what remains once the failing fields are set aside.
    const rest = isObject(source.value) ? checkShape(withoutFailingFields(source.value, shape.findings)) : undefined;
    const more = rest?.ok ? checkRules(rest.file, options).findings : [];
    return { problems: [...shape.findings, ...more].map(place) };
  }
  const { contact, findings } = checkRules(shape.file, options);
  const problems = findings.map(place);
  return problems.some((p) => p.severity === "error") || !contact ? { problems } : { contact, problems };
}

function checkRules(file: ContactFile, options: ContactSourceOptions): { contact?: Contact; findings: Finding[] } {
  const findings: Finding[] = [];
  if (options.expectedId !== undefined && file.id !== options.expectedId) {
    findings.push(
      error(
        "id-mismatch",
        ["id"],
        `${JSON.stringify(file.id)} is not the file's name: expected "${options.expectedId}" (the file name without .json), or rename the file to ${file.id}.json`,
        options.expectedId,
        file.id,
      ),
    );
  }
  if (file.kind !== "person") {
    for (const key of ["familyName", "givenName"] as const) {
      if (file[key])
        findings.push(
          error(
            "not-for-kind",
            [key],
            `an ${file.kind} has no ${key}: expected it only on a contact of kind "person"`,
            `no ${key}`,
          ),
        );
    }
  }
  findings.push(...checkNames(file));
  const phones = checkPhones(file.phones ?? []);
  findings.push(...phones.findings);
  const address = file.address ? checkAddress(file.address) : undefined;
  findings.push(...(address?.findings ?? []));
  findings.push(...checkEmails(file), ...checkHours(file), ...checkDate(file.updated, options.today));

  const organisation = file.organisation?.en ? withoutEmpty(file.organisation) : undefined;
  const contact: Contact = {
    id: file.id as ContactId,
    kind: file.kind,
    primary: file.primary ?? false,
    name: file.name,
    ...(file.familyName ? { familyName: file.familyName } : {}),
    ...(file.givenName ? { givenName: file.givenName } : {}),
    phonetic: phoneticOf(file, organisation, options.phonetic ?? readByCharacter),
    ...(organisation ? { organisation } : {}),
    ...(file.department ? { department: file.department } : {}),
    ...(file.title ? { title: file.title } : {}),
    tags: [...new Set(file.tags ?? [])],
    phones: phones.phones,
    emails: (file.emails ?? []).map((e): Email => ({
      address: e.address,
      context: e.context ?? "work",
      ...(e.label ? { label: e.label } : {}),
    })),
    websites: (file.websites ?? []).map((w): Website => ({ url: w.url, ...(w.label ? { label: w.label } : {}) })),
    ...(address?.address ? { address: address.address } : {}),
    ...(file.hours ? { hours: file.hours as Hours } : {}),
    ...(file.note ? { note: file.note } : {}),
    ...(file.photo ? { photo: file.photo } : {}),
    ...(file.logo ? { logo: file.logo } : {}),
    updated: file.updated as IsoDate,
  };
  return { contact, findings };
}

const withoutEmpty = (text: Localized): Localized => (text["zh-Hans"] ? text : { en: text.en });

function phoneticOf(file: ContactFile, organisation: Localized | undefined, read: PhoneticReader): Phonetic {
  const of = (text: Localized | undefined, surname = false) =>
    text?.["zh-Hans"] ? read(text["zh-Hans"], { surname }) : undefined;
  const entries: [keyof Phonetic, string | undefined][] = [
    ["name", of(file.name, file.kind === "person")],
    ["familyName", of(file.familyName, true)],
    ["givenName", of(file.givenName)],
    ["organisation", of(organisation)],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v)) as Phonetic;
}

const BILINGUAL_FIELDS = ["name", "familyName", "givenName", "organisation", "department", "title", "note"] as const;

function checkNames(file: ContactFile): Finding[] {
  const findings: Finding[] = [];
  for (const key of BILINGUAL_FIELDS) {
    const text = file[key];
    if (!text) continue;
    const zh = text["zh-Hans"];
    if (zh && !hasHan(zh))
      findings.push(
        error(
          "name-script",
          [key, "zh-Hans"],
          `${JSON.stringify(zh)} has no Chinese characters: expected the Simplified Chinese ${key}, or leave "zh-Hans" out`,
          "Simplified Chinese",
          zh,
        ),
      );
    if (key !== "note" && text.en && latinScriptProblem(text.en) && hasHan(text.en))
      findings.push(
        error(
          "name-script",
          [key, "en"],
          `${JSON.stringify(text.en)} is written in Chinese characters: expected the English ${key} (in "en") and the Chinese one in "zh-Hans"`,
          "Latin script",
          text.en,
        ),
      );
  }
  // A person's English name is usually the pinyin of the Chinese one; English names are fine too.
  for (const key of ["familyName", "givenName"] as const) {
    const text = file[key];
    if (text?.["zh-Hans"] && hasHan(text["zh-Hans"]) && !matchPlaceName(text.en, text["zh-Hans"]).ok) {
      const expected = spellings(text["zh-Hans"]).join(" or ");
      findings.push(
        warning(
          "name-pinyin",
          [key, "en"],
          `${JSON.stringify(text.en)} is not the pinyin of ${text["zh-Hans"]} (${expected}): expected the same name in both languages`,
          expected,
          text.en,
        ),
      );
    }
  }
  return findings;
}

function checkEmails(file: ContactFile): Finding[] {
  const seen = new Set<string>();
  const findings: Finding[] = [];
  (file.emails ?? []).forEach((e, i) => {
    const key = e.address.toLowerCase();
    if (seen.has(key))
      findings.push(
        error(
          "invalid-value",
          ["emails", i, "address"],
          `${JSON.stringify(e.address)} is listed twice: expected each address once`,
          "each address once",
          e.address,
        ),
      );
    seen.add(key);
  });
  return findings;
}

function checkHours(file: ContactFile): Finding[] {
  if (!file.hours) return [];
  const findings: Finding[] = [];
  try {
    new Intl.DateTimeFormat("en", { timeZone: file.hours.timeZone });
  } catch {
    findings.push(
      error(
        "time-zone",
        ["hours", "timeZone"],
        `${JSON.stringify(file.hours.timeZone)} is not a time zone: expected an IANA name like "Asia/Shanghai"`,
        "an IANA time zone",
        file.hours.timeZone,
      ),
    );
  }
  file.hours.weekly.forEach((period, i) => {
    if (period.opens >= period.closes)
      findings.push(
        error(
          "hours-order",
          ["hours", "weekly", i, "closes"],
          `closes at ${period.closes}, not after it opens at ${period.opens}: expected a closing time later than the opening time`,
          `a time after ${period.opens}`,
          period.closes,
        ),
      );
  });
  return findings;
}

function checkDate(date: string, today = new Date().toISOString().slice(0, 10)): Finding[] {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
    return [
      error(
        "date-invalid",
        ["updated"],
        `${JSON.stringify(date)} is not a date in the calendar: expected YYYY-MM-DD, like "2026-11-28"`,
        "a real date",
        date,
      ),
    ];
  }
  if (date > today)
    return [
      warning(
        "date-invalid",
        ["updated"],
        `${JSON.stringify(date)} is in the future: expected the day the details were last checked`,
        `${today} or earlier`,
        date,
      ),
    ];
  return [];
}
