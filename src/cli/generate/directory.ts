/**
 * @module Generates a directory of realistic, valid, bilingual contacts: organisations, their
 * offices in real districts of Chinese cities, and the people working there, each a data file
 * (`ContactFile`) that passes the validator. Deterministic: one seed, one directory. Pure.
 */
import type { AddressFile, ContactFile, PhoneFile } from "../../model/schema";
import { splitGeneric } from "../../validate/pinyin-match";
import { allCities, addressAt, generateSite, type City, type Site } from "./places";
import { createPhoneSource, type PhoneSource } from "./phones";
import { createRandom, type Random } from "./random";
import { romanise, slugify } from "./romanise";
import * as words from "./vocabulary";

/** What to generate. */
export interface GenerateOptions {
  /** How many contacts (at least 1). */
  readonly count: number;
  /** The seed of the pseudo-random sequence; the same seed gives the same files. */
  readonly seed?: number;
}

/** The seed used when none is given. */
export const DEFAULT_SEED = 20261128;

interface Organisation {
  readonly name: { en: string; "zh-Hans": string };
}
interface Office {
  readonly site: Site;
  readonly organisation?: Organisation;
}

/** How many of each kind: about 1% organisations and 8% offices, the rest people. */
export function kindCounts(count: number): { organisations: number; offices: number; people: number } {
  const organisations = count >= 3 ? Math.max(1, Math.round(count / 100)) : 0;
  const offices = Math.max(1, Math.min(count - organisations - (count >= 2 ? 1 : 0), Math.round(count * 0.08)));
  return { organisations, offices, people: count - organisations - offices };
}

/** Generates `count` contact files; the first office is the primary contact. */
export function generateDirectory(options: GenerateOptions): ContactFile[] {
  const count = options.count;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a whole number of at least 1, not ${count}`);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const phones = createPhoneSource(random);
  const ids = createIdSource();
  const cities = allCities();
  const counts = kindCounts(count);
  const files: ContactFile[] = [];

  const organisations: Organisation[] = [];
  for (let i = 0; i < counts.organisations; i++) {
    const city = random.pick(cities);
    const sector = random.pick(words.SECTORS);
    const form = random.pick(words.ORGANISATION_FORMS);
    const cityCore = splitGeneric(city.zh).core;
    const name = {
      en: `${city.en} Example ${sector.en} ${form.en}`,
      "zh-Hans": `${cityCore}示例${sector.zh}${form.zh}`,
    };
    organisations.push({ name });
    const site = generateSite(random, city);
    files.push({
      id: ids.take(`${city.slug}-example-${sector.slug}-${form.slug}`),
      kind: "organisation",
      name,
      tags: [city.slug, sector.slug, "china"],
      phones: [
        { number: phones.landline(city.areaCode), for: ["calls"], label: { en: "Switchboard", "zh-Hans": "总机" } },
      ],
      address: addressAt(site, String(random.int(1, 30) * 100 + random.int(1, 20))),
      updated: randomDate(random),
    });
  }

  const offices: Office[] = [];
  for (let i = 0; i < counts.offices; i++) {
    // The primary office is in Beijing, like the office this service was made for.
    const city = i === 0 ? cities[0]! : random.pick(cities);
    const site = generateSite(random, city);
    const organisation = organisations.length ? random.pick(organisations) : undefined;
    offices.push({ site, ...(organisation ? { organisation } : {}) });
    files.push(officeFile(random, phones, ids, site, organisation, i === 0));
  }

  for (let i = 0; i < counts.people; i++) files.push(personFile(random, phones, ids, random.pick(offices)));
  return files;
}

function officeFile(
  random: Random,
  phones: PhoneSource,
  ids: IdSource,
  site: Site,
  organisation: Organisation | undefined,
  primary: boolean,
): ContactFile {
  const { city, district } = site;
  const districtCore = { zh: splitGeneric(district.zh).core, en: district.en.replace(/ (?:District|New Area)$/, "") };
  const id = ids.take(`${city.slug}-${slugify(districtCore.en)}-office`);
  const ordinal = ids.ordinal(id);
  const suffix = ordinal > 1 ? { en: ` ${ordinal}`, zh: `第${ordinal}` } : { en: "", zh: "" };
  const entries: PhoneFile[] = [
    { number: phones.landline(city.areaCode), for: ["calls"], label: { en: "Reception", "zh-Hans": "前台" } },
  ];
  if (random.chance(0.3))
    entries.push({ number: phones.landline(city.areaCode), for: ["fax"], label: { en: "Fax", "zh-Hans": "传真" } });
  const note = random.chance(0.3) ? random.pick(words.OFFICE_NOTES) : undefined;
  return {
    id,
    kind: "office",
    ...(primary ? { primary: true } : {}),
    name: {
      en: `${city.en} ${districtCore.en} Office${suffix.en}`,
      "zh-Hans": `${splitGeneric(city.zh).core}${districtCore.zh}${suffix.zh}办公室`,
    },
    ...(organisation ? { organisation: organisation.name } : {}),
    tags: [city.slug, "china"],
    phones: entries,
    address: addressAt(
      site,
      `${random.pick(["", "A", "B"])}${random.int(2, 28)}${String(random.int(1, 20)).padStart(2, "0")}`,
    ),
    hours: {
      timeZone: "Asia/Shanghai",
      weekly: [
        { days: ["mo", "tu", "we", "th", "fr"], opens: "09:00", closes: "18:00" },
        ...(random.chance(0.3) ? [{ days: ["sa" as const], opens: "09:00", closes: "12:00" }] : []),
      ],
    },
    ...(note ? { note: { en: note.en, "zh-Hans": note.zh } } : {}),
    updated: randomDate(random),
  };
}

function personFile(random: Random, phones: PhoneSource, ids: IdSource, office: Office): ContactFile {
  const { city } = office.site;
  const department = random.pick(words.DEPARTMENTS);
  const title = random.pick(words.TITLES);
  const names = random.chance(0.05) ? foreignName(random) : chineseName(random);
  const mobile: PhoneFile = {
    number: phones.mobile(),
    for: ["calls", "messages"],
    label: { en: "Mobile", "zh-Hans": "手机" },
  };
  const app = random.chance(0.2) ? random.pick(["whatsapp", "telegram", "signal"] as const) : undefined;
  const address: AddressFile = addressAt(
    office.site,
    `${random.int(2, 28)}${String(random.int(1, 40)).padStart(2, "0")}`,
  );
  return {
    id: ids.take(`${slugify(names.familyName.en)}-${slugify(names.givenName.en)}`),
    kind: "person",
    ...names,
    ...(office.organisation ? { organisation: office.organisation.name } : {}),
    department: { en: department.en, "zh-Hans": department.zh },
    title: { en: title.en, "zh-Hans": title.zh },
    tags: [city.slug, department.slug],
    phones: [
      { number: phones.landline(city.areaCode), for: ["calls"], label: { en: "Direct line", "zh-Hans": "直线" } },
      app ? { ...mobile, apps: [app] } : mobile,
    ],
    address,
    updated: randomDate(random),
  };
}

type Names = Pick<ContactFile, "name"> & Required<Pick<ContactFile, "familyName" | "givenName">>;

/** A Chinese name, written in English family name first as pinyin (GB/T 28039). */
function chineseName(random: Random): Names {
  const family = random.pick(words.FAMILY_NAMES);
  const given = Array.from({ length: random.chance(0.7) ? 2 : 1 }, () => random.pick(words.GIVEN_NAME_CHARACTERS)).join(
    "",
  );
  const [familyEn, givenEn] = [romanise(family, { surname: true }), romanise(given)];
  return {
    name: { en: `${familyEn} ${givenEn}`, "zh-Hans": `${family}${given}` },
    familyName: { en: familyEn, "zh-Hans": family },
    givenName: { en: givenEn, "zh-Hans": given },
  };
}

/** A colleague from abroad, with an English name only. */
function foreignName(random: Random): Names {
  const [given, family] = [random.pick(words.FOREIGN_GIVEN_NAMES), random.pick(words.FOREIGN_FAMILY_NAMES)];
  return { name: { en: `${given} ${family}` }, familyName: { en: family }, givenName: { en: given } };
}

const DAY_MS = 86_400_000;
const FIRST_DATE = Date.UTC(2025, 0, 1);
const LAST_DATE = Date.UTC(2026, 5, 30);
/** A day in the past, so the validator never warns of a date in the future. */
function randomDate(random: Random): string {
  const days = random.int(0, (LAST_DATE - FIRST_DATE) / DAY_MS);
  return new Date(FIRST_DATE + days * DAY_MS).toISOString().slice(0, 10);
}

interface IdSource {
  /** `base`, or `base-2`, `base-3`… when taken. */
  take(base: string): string;
  /** 1 for the first id of its base, 2 for `base-2`, … */
  ordinal(id: string): number;
}

function createIdSource(): IdSource {
  const counts = new Map<string, number>();
  const ordinals = new Map<string, number>();
  return {
    take: (base) => {
      const n = (counts.get(base) ?? 0) + 1;
      counts.set(base, n);
      const id = n === 1 ? base : `${base}-${n}`;
      ordinals.set(id, n);
      return id;
    },
    ordinal: (id) => ordinals.get(id) ?? 1,
  };
}

export type { City };
