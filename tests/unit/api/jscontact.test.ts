/**
 * The JSContact Card (RFC 9553): the office's golden Card; the RFC's rules, checked by an
 * independent checker that accepts every example of the RFC and refuses broken Cards; the
 * same UID as the vCard; the Chinese localization applied; every generated contact.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateDirectory } from "../../../src/cli/generate/directory";
import { toJSContact } from "../../../src/formats/jscontact";
import { joinComponents } from "../../../src/formats/jscontact-address";
import { JSContactCardSchema } from "../../../src/formats/jscontact-schema";
import { toVCard } from "../../../src/formats/vcard";
import { validateDirectory } from "../../../src/validate/directory";
import { shippedOffice } from "./helpers";
import { applyPatch, checkCard } from "./jscontact-rules";

const FIXTURES = new URL("../../fixtures/api/", import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, FIXTURES), "utf8"));
const ORIGIN = "https://contact.example";
const RFC_EXAMPLES: { figure: string; card: Record<string, any> }[] = readJson("rfc9553-examples.json");

const generated = (() => {
  const files = generateDirectory({ count: 120, seed: 7 }).map((f) => ({
    name: `${f.id}.json`,
    text: JSON.stringify(f),
  }));
  return validateDirectory(files, undefined, "2026-11-29").contacts;
})();

describe("the rules checker", () => {
  it.each(RFC_EXAMPLES.map((e) => [e.figure, e.card]))("accepts RFC 9553's %s", (_figure, card) => {
    expect(checkCard(card)).toEqual([]);
  });

  const office = () => structuredClone(readJson("beijing-office.jscontact.json"));
  it.each([
    ["a Card without uid", (c: any) => delete c.uid, "/uid: is mandatory"],
    ["another version", (c: any) => (c.version = "2"), '/version: must be a registered version ("1.0")'],
    ["a date with an offset", (c: any) => (c.updated = "2026-11-28T00:00:00+08:00"), "/updated: must be a UTCDateTime"],
    [
      "a feature set to false",
      (c: any) => (c.phones["tel-861064167544"].features.voice = false),
      "features/voice: must be true",
    ],
    [
      "an unknown feature",
      (c: any) => (c.phones["tel-861064167544"].features.cell = true),
      "features/cell: is not one of",
    ],
    [
      "two separators in a row",
      (c: any) => c.addresses.a1.components.splice(2, 0, { kind: "separator", value: " " }),
      "two separator components in a row",
    ],
    [
      "a separator in unordered components",
      (c: any) => (c.addresses.a1.isOrdered = false),
      "a separator needs isOrdered true",
    ],
    [
      "a patch under a missing member",
      (c: any) => (c.localizations["zh-Hans"]["titles/t1/name"] = "主任"),
      "titles does not exist",
    ],
    ["a patch with a leading slash", (c: any) => (c.localizations["zh-Hans"]["/name/full"] = "x"), "must not start"],
    [
      "patches nested in each other",
      (c: any) => (c.localizations["zh-Hans"]["addresses/a1/full"] = "x"),
      "is a prefix of",
    ],
    ["a property differing in case", (c: any) => (c.onlineservices = {}), "differs only in case"],
    [
      "an Id with a dot",
      (c: any) => ((c.keywords = undefined), (c.emails = { "e.1": { address: "a@b.example" } })),
      "is not an Id",
    ],
  ])("refuses %s", (_name, breakIt, violation) => {
    const card = office();
    breakIt(card);
    expect(checkCard(JSON.parse(JSON.stringify(card))).join("\n")).toContain(violation);
  });
});

describe("toJSContact", () => {
  const office = shippedOffice();
  const card = toJSContact(office, { origin: ORIGIN });

  it("writes the office as the golden Card", () => {
    expect(JSON.parse(JSON.stringify(card))).toEqual(readJson("beijing-office.jscontact.json"));
  });

  it("follows RFC 9553's rules, its Chinese localization included", () => {
    expect(checkCard(card)).toEqual([]);
  });

  it("has the vCard's UID in both vCard versions", () => {
    for (const version of ["3.0", "4.0"] as const)
      expect(toVCard(office, { version })).toContain(`\r\nUID:${card.uid}\r\n`);
    expect(card.uid).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("reads in Chinese once its localization is applied (RFC 9553 §2.7.1)", () => {
    const zh = applyPatch(card as any, (card.localizations as any)["zh-Hans"])!;
    expect(zh.name).toEqual({ full: "北京办公室" });
    expect((zh.addresses as any).a1.full).toBe("中国北京市东城区草园胡同76号聚才大厦A座409室\n邮编 100027");
    expect((zh.phones as any)["tel-861064167544"].label).toBe("办公室");
    expect((zh.organizations as any).o1).toEqual({ name: "北京办公室", sortAs: "bei jing ban gong shi" });
  });

  it("lays out each address's components so that they join into its display lines", () => {
    const address = card.addresses!.a1!;
    expect(joinComponents(address.components!, address.defaultSeparator!)).toBe(office.address!.lines.en.join("\n"));
    const zh = (card.localizations as any)["zh-Hans"]["addresses/a1"];
    expect(joinComponents(zh.components, zh.defaultSeparator)).toBe(office.address!.lines["zh-Hans"]!.join("\n"));
  });

  it.each(generated.map((c) => [c.id, c] as const))(
    "writes %s by the RFC's rules and its own schema",
    (_id, contact) => {
      const written = toJSContact(contact, { origin: ORIGIN });
      expect(checkCard(JSON.parse(JSON.stringify(written)))).toEqual([]);
      expect(JSContactCardSchema.safeParse(written).success).toBe(true);
      expect(written.kind).toBe(contact.kind === "person" ? "individual" : "org");
    },
  );

  it("names a person by given name and surname, in Chinese surname first with pinyin", () => {
    const person = generated.find((c) => c.kind === "person" && c.familyName?.["zh-Hans"] && c.givenName?.["zh-Hans"]);
    expect(person).toBeDefined();
    const written = toJSContact(person!);
    expect(written.name!.components).toEqual([
      { kind: "given", value: person!.givenName!.en },
      { kind: "surname", value: person!.familyName!.en },
    ]);
    const zhName = (written.localizations as any)["zh-Hans"].name;
    expect(zhName.components.map((c: any) => c.kind)).toEqual(["surname", "given"]);
    expect(zhName.components[0].phonetic).toBe(person!.phonetic.familyName);
    expect(zhName.phoneticSystem).toBe("piny");
  });
});
