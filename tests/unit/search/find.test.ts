/** Search over a generated directory with the shipped Beijing office in it. */
import { describe, expect, it } from "vitest";
import type { Contact } from "../../../src/model/contact";
import { CONTACT_KINDS } from "../../../src/model/schema";
import { findPositions, type DirectoryFilter } from "../../../src/search/find";
import { foldText } from "../../../src/search/normalise";
import { buildSearchIndex } from "../../../src/search/search-index";
import { directoryWithOffice } from "../directory/helpers";

const contacts = directoryWithOffice(400, 2);
const index = buildSearchIndex(contacts);
const find = (filter: DirectoryFilter): Contact[] =>
  findPositions(index, filter).map((p) => contacts[index.order[p]!]!);
const ids = (filter: DirectoryFilter) => find(filter).map((c) => c.id as string);

describe("findPositions", () => {
  it.each([
    "beijing",
    "Beijing",
    "BEIJING",
    "Běijīng",
    "ｂｅｉｊｉｎｇ",
    "bei3jing1",
    "bei jing",
    "Dongcheng",
    "dongcheng qu",
    "北京",
    "东城",
    "东城区",
    "caoyuan hutong",
    "Caoyuanhutong",
    "CaoYuan HuTong",
    "草园",
    "草园胡同",
    "草园 胡同",
    "jucai",
    "聚才大厦",
    "A409",
    "409室",
    "beijing 办公室",
    "100027",
    "+86 10 6416 7544",
    "010 6416 7544",
    "64167544",
    "beijing-office",
  ])("finds the Beijing office for %j", (query) => {
    expect(ids({ text: query })).toContain("beijing-office");
  });

  it("finds every contact by each of its names, in English, Chinese and pinyin", () => {
    for (const contact of contacts) {
      const queries = [
        contact.name.en,
        contact.name["zh-Hans"],
        contact.phonetic.name,
        contact.phonetic.name?.replace(/ /g, ""),
      ];
      if (contact.familyName && contact.givenName)
        queries.push(`${contact.givenName.en} ${contact.familyName.en}`, contact.familyName["zh-Hans"]);
      for (const query of queries.filter((q): q is string => Boolean(q)))
        expect(ids({ text: query }), `${contact.id} by ${query}`).toContain(contact.id);
    }
  });

  it("ranks a contact whose name is the query before contacts that only mention it", () => {
    const person = contacts.find((c) => c.kind === "person" && c.name["zh-Hans"])!;
    const found = ids({ text: person.name["zh-Hans"]! });
    expect(found[0]).toBe(person.id);
    const office = ids({ text: "Beijing Office" });
    expect(office[0]).toBe("beijing-office");
  });

  it("requires every term: a contact matching one word of two is not found", () => {
    expect(ids({ text: "caoyuan zzzz" })).toEqual([]);
    expect(ids({ text: "no such name anywhere" })).toEqual([]);
  });

  it("lists everything in directory order without a query: organisations, offices, people, each by name", () => {
    const all = find({});
    expect(all).toHaveLength(contacts.length);
    expect(new Set(all.map((c) => c.id)).size).toBe(contacts.length);
    const kinds = all.map((c) => CONTACT_KINDS.indexOf(c.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    const people = all.filter((c) => c.kind === "person" && c.familyName?.["zh-Hans"]);
    const families = people.map((c) => foldText(c.familyName!.en));
    expect(families).toEqual([...families].sort());
  });

  it("treats a query of only spaces or punctuation as no query", () => {
    expect(ids({ text: "  ,.!  " })).toEqual(ids({}));
  });

  it.each(CONTACT_KINDS)("filters by kind %s, alone and with a query", (kind) => {
    expect(ids({ kind })).toEqual(
      contacts
        .filter((c) => c.kind === kind)
        .map((c) => c.id)
        .sort((a, b) => ids({}).indexOf(a) - ids({}).indexOf(b)),
    );
    // Every generated organisation's name says "Example", and offices and people carry it.
    for (const c of find({ kind, text: "example" })) expect(c.kind).toBe(kind);
    expect(find({ kind, text: "example" }).length).toBeGreaterThan(0);
  });

  it("filters by tag, and by tag and kind together", () => {
    const tag = contacts.find((c) => c.kind === "office" && c.id !== "beijing-office")!.tags[0]!;
    const tagged = contacts.filter((c) => c.tags.includes(tag));
    expect(tagged.length).toBeGreaterThan(1);
    expect(new Set(ids({ tag }))).toEqual(new Set(tagged.map((c) => c.id)));
    expect(new Set(ids({ tag, kind: "person" }))).toEqual(
      new Set(tagged.filter((c) => c.kind === "person").map((c) => c.id)),
    );
    for (const c of find({ tag: "sales", text: "wang" })) expect(c.tags).toContain("sales");
  });

  it("finds nothing for an unknown tag, even one named like an Object property", () => {
    for (const tag of ["no-such-tag", "constructor", "tostring", "__proto__", "hasownproperty"])
      expect(ids({ tag })).toEqual([]);
  });

  it("gives the same answer every time and for an index rebuilt from the same data", () => {
    const rebuilt = buildSearchIndex(contacts);
    expect(rebuilt).toEqual(index);
    expect(findPositions(rebuilt, { text: "wang" })).toEqual(findPositions(index, { text: "wang" }));
  });

  it("names the data's version, which changes with any change in a contact", () => {
    const changed = contacts.map((c) => (c.id === "beijing-office" ? { ...c, updated: "2026-11-29" } : c)) as Contact[];
    expect(buildSearchIndex(changed).version).not.toBe(index.version);
    expect(index.version).toMatch(/^[0-9a-f]{16}$/);
  });
});
