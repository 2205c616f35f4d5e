/**
 * What a reader must find in our cards, field by field: `expectedView` states where each field
 * of a contact goes in each version (the documented mapping, written out independently of
 * the writer), `readView` reads the same fields back out of a parsed card (jCard form). Equal
 * views mean nothing was lost on the way.
 */
import type { Contact, Language, Localized } from "../../../src/model/contact";
import type { JCard, JCardProperty } from "../../../src/formats/vcard";
import type { VCardVersion } from "../../../src/formats/vcard/property";

type ByLanguage<T> = Partial<Record<Language, T>>;

/** The fields of a contact as a card carries them. */
export interface ContactView {
  uid: string;
  rev: string;
  name: ByLanguage<string>;
  n?: ByLanguage<string[]>;
  phoneticN?: string[];
  org?: ByLanguage<string[]>;
  orgPhonetic?: string;
  title?: ByLanguage<string>;
  note?: ByLanguage<string>;
  phones: { value: string; label?: ByLanguage<string> }[];
  urls: { url: string; label?: ByLanguage<string> }[];
  emails: { address: string; label?: ByLanguage<string> }[];
  addresses: ByLanguage<{ parts: string[]; label: string }>;
  images: string[];
}

const APP_NAMES = { whatsapp: "WhatsApp", signal: "Signal", telegram: "Telegram" } as const;
/** Both languages: 4.0 as alternatives, 3.0 as repeated properties tagged LANGUAGE. */
const both = (t: Localized | undefined): ByLanguage<string> | undefined =>
  t ? { en: t.en, ...(t["zh-Hans"] !== undefined ? { "zh-Hans": t["zh-Hans"] } : {}) } : undefined;
/** A label: both languages in 4.0, the English one in 3.0 (one X-ABLabel per group). */
const label = (t: Localized | undefined, version: VCardVersion) => (version === "4.0" ? both(t) : t && { en: t.en });

/** Where the address parts are read from: RFC 9554's components in 4.0, RFC 6350's in 3.0. */
function addressParts(contact: Contact, language: Language, version: VCardVersion): string[] {
  const p = (language === "zh-Hans" ? contact.address?.parts["zh-Hans"] : undefined) ?? contact.address!.parts.en;
  const common = [p.locality ?? "", p.region ?? "", contact.address!.postcode ?? "", p.country];
  if (version === "3.0") return common;
  return [
    ...common,
    p.room ?? "",
    p.floor ?? "",
    p.streetNumber ?? "",
    p.street ?? "",
    p.building ?? "",
    p.district ?? "",
  ];
}

/** The organisation line the documentation promises for each kind of contact. */
function orgComponents(c: Contact): { parts: (Localized | undefined)[]; pinyin?: string } | undefined {
  if (c.kind === "organisation") return { parts: [c.name, c.department], pinyin: c.phonetic.name };
  if (c.kind === "office")
    return c.organisation
      ? { parts: [c.organisation, c.department, c.name], pinyin: c.phonetic.organisation }
      : { parts: [c.name, c.department], pinyin: c.phonetic.name };
  return c.organisation || c.department
    ? { parts: [c.organisation, c.department], pinyin: c.phonetic.organisation }
    : undefined;
}

/** The view a reader should get from `contact`'s card in `version`. */
export function expectedView(c: Contact, version: VCardVersion): ContactView {
  const view: ContactView = {
    uid: "", // checked on its own (stable UUID)
    rev: `${c.updated}T00:00:00Z`,
    name: both(c.name)!,
    phones: c.phones.map((p) => ({
      value: version === "4.0" ? p.uri : p.e164,
      ...(p.label || p.apps[0] ? { label: label(p.label ?? { en: APP_NAMES[p.apps[0]!] }, version) } : {}),
    })),
    urls: [
      ...c.phones.flatMap((p) => p.links.map((l) => ({ url: l.url, label: { en: APP_NAMES[l.app] } }))),
      ...c.websites.map((w) => ({ url: w.url, ...(w.label ? { label: label(w.label, version) } : {}) })),
    ],
    emails: c.emails.map((e) => ({ address: e.address, ...(e.label ? { label: label(e.label, version) } : {}) })),
    addresses: {},
    images: [c.photo, c.logo].filter((x): x is string => Boolean(x)),
  };
  const person = c.kind === "person" && (c.familyName || c.givenName);
  if (person) {
    const zh = c.familyName?.["zh-Hans"] !== undefined || c.givenName?.["zh-Hans"] !== undefined;
    const nIn = (l: Language) => [
      (l === "zh-Hans" ? c.familyName?.["zh-Hans"] : undefined) ?? c.familyName?.en ?? "",
      (l === "zh-Hans" ? c.givenName?.["zh-Hans"] : undefined) ?? c.givenName?.en ?? "",
    ];
    view.n = version === "4.0" && zh ? { en: nIn("en"), "zh-Hans": nIn("zh-Hans") } : { en: nIn("en") };
    const pinyinN = [c.phonetic.familyName ?? "", c.phonetic.givenName ?? ""];
    if ((c.phonetic.familyName || c.phonetic.givenName) && (version === "3.0" || zh)) view.phoneticN = pinyinN;
  } else if (version === "3.0") view.n = { en: ["", ""] };
  const org = orgComponents(c);
  if (org) {
    const zh = org.parts.some((p) => p?.["zh-Hans"] !== undefined);
    const parts = org.parts.filter((p, i) => i === 0 || p !== undefined);
    const inLanguage = (l: Language) => parts.map((p) => (l === "zh-Hans" ? p?.["zh-Hans"] : undefined) ?? p?.en ?? "");
    view.org =
      zh && (version === "4.0" || c.kind === "person")
        ? { en: inLanguage("en"), "zh-Hans": inLanguage("zh-Hans") }
        : { en: inLanguage("en") };
    if (org.pinyin && parts[0]?.["zh-Hans"] !== undefined) view.orgPhonetic = org.pinyin;
  }
  if (c.title) view.title = both(c.title);
  if (c.note) view.note = both(c.note);
  if (c.address) {
    for (const l of c.address.parts["zh-Hans"] ? (["en", "zh-Hans"] as const) : (["en"] as const)) {
      view.addresses[l] = {
        parts: addressParts(c, l, version),
        label: ((l === "zh-Hans" ? c.address.lines["zh-Hans"] : undefined) ?? c.address.lines.en).join("\n"),
      };
    }
  }
  return view;
}

const str = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const lang = (p: JCardProperty) => str(p[1].language ?? "en") as Language;
const components = (p: JCardProperty): string[] => (Array.isArray(p[3]) ? (p[3] as unknown[]).map(str) : [str(p[3])]);

/** The same fields, read out of a card parsed to jCard. */
export function readView(card: JCard, version: VCardVersion): ContactView {
  const props = card[1];
  const named = (name: string) => props.filter((p) => p[0] === name);
  const byLanguage = <T>(list: JCardProperty[], read: (p: JCardProperty) => T): ByLanguage<T> | undefined =>
    list.length ? Object.fromEntries(list.map((p) => [lang(p), read(p)])) : undefined;
  const labelOf = (p: JCardProperty) =>
    byLanguage(
      props.filter((q) => q[0] === "x-ablabel" && p[1].group !== undefined && q[1].group === p[1].group),
      (q) => str(q[3]),
    );
  const withLabel = <K extends string>(key: K, p: JCardProperty) =>
    ({ [key]: str(p[3]), ...(labelOf(p) ? { label: labelOf(p) } : {}) }) as Record<K, string> & {
      label?: ByLanguage<string>;
    };
  const first2 = (p: JCardProperty) => components(p).slice(0, 2);

  const ns = named("n");
  const names =
    version === "4.0"
      ? byLanguage(named("fn"), (p) => str(p[3]))!
      : { en: str(named("fn")[0]![3]), ...byLanguage(named("nickname"), (p) => str(p[3])) };
  const view: ContactView = {
    uid: str(named("uid")[0]?.[3]),
    rev: str(named("rev")[0]?.[3]),
    name: names,
    phones: named("tel").map((p) => withLabel("value", p)),
    urls: named("url").map((p) => withLabel("url", p)),
    emails: named("email").map((p) => withLabel("address", p)),
    addresses: {},
    images: [...named("photo"), ...named("logo")].map((p) => str(p[3])),
  };
  const n = byLanguage(
    ns.filter((p) => p[1].phonetic === undefined),
    first2,
  );
  if (n) view.n = n;
  const phoneticN = version === "4.0" ? ns.find((p) => p[1].phonetic === "piny") : undefined;
  if (phoneticN) view.phoneticN = first2(phoneticN);
  const [last, given] = [named("x-phonetic-last-name")[0], named("x-phonetic-first-name")[0]];
  if (last || given) view.phoneticN = [str(last?.[3] ?? ""), str(given?.[3] ?? "")];
  const org = byLanguage(named("org"), components);
  if (org) view.org = org;
  const sortAs =
    named("org").find((p) => p[1]["sort-as"] !== undefined)?.[1]["sort-as"] ?? named("x-phonetic-org")[0]?.[3];
  if (sortAs !== undefined) view.orgPhonetic = str(sortAs);
  const title = byLanguage(named("title"), (p) => str(p[3]));
  if (title) view.title = title;
  const note = byLanguage(named("note"), (p) => str(p[3]));
  if (note) view.note = note;
  for (const adr of named("adr")) {
    const c = components(adr);
    const common = c.slice(3, 7);
    const labelText =
      version === "4.0" ? str(adr[1].label) : str(named("label").find((l) => l[1].group === adr[1].group)?.[3]);
    view.addresses[lang(adr)] = {
      parts: version === "4.0" ? [...common, c[7]!, c[9]!, c[10]!, c[11]!, c[12]!, c[15]!] : common,
      label: labelText,
    };
  }
  return view;
}
