/**
 * What each client is known to need, checked on the cards themselves (the facts and where they
 * were verified are in the modules' comments and the README): company cards, the names in two
 * languages, the phones as Android, Apple and Outlook read them, 3.0 free of 4.0 syntax.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { streamVCards, toVCard, toVCards } from "../../../src/formats/vcard";
import type { Contact } from "../../../src/model/contact";
import { validateContactValue } from "../../../src/validate/contact";
import { contact as anyContact } from "./arbitraries";
import { shippedContact, unfoldedLines } from "./helpers";

const office = shippedContact();
const v3 = (c: Contact) => unfoldedLines(toVCard(c, { version: "3.0" }));
const v4 = (c: Contact) => unfoldedLines(toVCard(c, { version: "4.0" }));

/** A contact through the validator, as the worker would hold it. */
function validated(file: Record<string, unknown>): Contact {
  const result = validateContactValue({ updated: "2026-11-28", ...file }, { file: "test" });
  if (!result.contact) throw new Error(JSON.stringify(result.problems));
  return result.contact;
}

const person = validated({
  id: "wang-wei",
  kind: "person",
  name: { en: "Wang Wei", "zh-Hans": "王伟" },
  familyName: { en: "Wang", "zh-Hans": "王" },
  givenName: { en: "Wei", "zh-Hans": "伟" },
  organisation: { en: "Example Trading Company", "zh-Hans": "示例贸易公司" },
  department: { en: "Sales", "zh-Hans": "销售部" },
  title: { en: "Manager", "zh-Hans": "经理" },
  phones: [
    { number: "+86 138 0013 8000", for: ["calls", "messages"] },
    { number: "+86 10 6416 7545", for: ["fax"] },
  ],
});
const officeOfKnownOrganisation = validated({
  id: "shanghai-office",
  kind: "office",
  name: { en: "Shanghai Office", "zh-Hans": "上海办公室" },
  organisation: { en: "Example Trading Company", "zh-Hans": "示例贸易公司" },
});

describe("an organisation's card", () => {
  it("is a company card: X-ABShowAs:COMPANY and an empty N in 3.0, KIND:org and no N in 4.0", () => {
    expect(v3(office)).toEqual(expect.arrayContaining(["X-ABShowAs:COMPANY", "N:;;;;"]));
    expect(v4(office)).toContain("KIND:org");
    expect(v4(office).some((l) => /^N[;:]/.test(l))).toBe(false);
  });

  it("names no organisation the data leaves unnamed: ORG is the office's own name", () => {
    expect(office.organisation).toBeUndefined();
    expect(v3(office).filter((l) => l.startsWith("ORG"))).toEqual(["ORG:Beijing Office"]);
    expect(v4(office).filter((l) => l.startsWith("ORG"))).toEqual([
      "ORG;ALTID=1;LANGUAGE=en:Beijing Office",
      'ORG;ALTID=1;LANGUAGE=zh-Hans;SORT-AS="bei jing ban gong shi":北京办公室',
    ]);
  });

  it("puts a known organisation first and the office after it as its unit (RFC 6350 §6.6.4)", () => {
    expect(v3(officeOfKnownOrganisation)).toContain("ORG:Example Trading Company;Shanghai Office");
    expect(v4(officeOfKnownOrganisation)).toContain(
      'ORG;ALTID=1;LANGUAGE=zh-Hans;SORT-AS="shi li mao yi gong si":示例贸易公司;上海办公室',
    );
  });

  it("carries the Chinese name and its pinyin in 3.0, where Apple sorts a Chinese company under # without it", () => {
    expect(v3(office)).toEqual(
      expect.arrayContaining([
        "NICKNAME;LANGUAGE=zh-Hans;CHARSET=UTF-8:北京办公室",
        "X-PHONETIC-ORG:bei jing ban gong shi",
      ]),
    );
  });
});

describe("a person's card", () => {
  it("has the name in both languages and its pinyin as a phonetic N (RFC 9554 §4.6) in 4.0", () => {
    expect(v4(person)).toEqual(
      expect.arrayContaining([
        "N;ALTID=1;LANGUAGE=en:Wang;Wei;;;",
        "N;ALTID=1;LANGUAGE=zh-Hans:王;伟;;;",
        "N;ALTID=1;PHONETIC=piny;SCRIPT=Latn;LANGUAGE=zh-Hans:wang;wei;;;",
      ]),
    );
  });

  it("has the English name, the Chinese one as NICKNAME and the pinyin as Apple writes it in 3.0", () => {
    expect(v3(person)).toEqual(
      expect.arrayContaining([
        "FN:Wang Wei",
        "N:Wang;Wei;;;",
        "NICKNAME;LANGUAGE=zh-Hans;CHARSET=UTF-8:王伟",
        "X-PHONETIC-FIRST-NAME:wei",
        "X-PHONETIC-LAST-NAME:wang",
      ]),
    );
    expect(v3(person)).not.toContain("X-ABShowAs:COMPANY");
  });

  it("has the organisation and department, and the title, in both languages in 3.0 too", () => {
    expect(v3(person)).toEqual(
      expect.arrayContaining([
        "ORG:Example Trading Company;Sales",
        "ORG;LANGUAGE=zh-Hans;CHARSET=UTF-8:示例贸易公司;销售部",
        "TITLE:Manager",
        "TITLE;LANGUAGE=zh-Hans;CHARSET=UTF-8:经理",
      ]),
    );
  });
});

describe("the phone numbers", () => {
  it("write the office line as a work voice line: E.164 text in 3.0, a tel: URI in 4.0", () => {
    expect(v3(office)).toContain("item1.TEL;TYPE=WORK,VOICE:+861064167544");
    expect(v4(office)).toContain("item1.TEL;VALUE=uri;TYPE=work,voice:tel:+861064167544");
  });

  it("write the WhatsApp number as a mobile for messages, never voice, labelled for Apple, with its chat link", () => {
    expect(v3(office)).toEqual(
      expect.arrayContaining([
        "item2.TEL;TYPE=CELL:+447822014058",
        "item2.X-ABLabel:WhatsApp (messages only)",
        "item3.URL:https://wa.me/447822014058",
        "item3.X-ABLabel:WhatsApp",
      ]),
    );
    expect(v4(office)).toEqual(
      expect.arrayContaining([
        "item2.TEL;VALUE=uri;TYPE=cell,work,text:tel:+447822014058",
        "item3.URL:https://wa.me/447822014058",
      ]),
    );
    for (const line of [...v3(office), ...v4(office)].filter((l) => l.includes("447822014058") && /TEL/.test(l)))
      expect(line).not.toMatch(/voice/i);
  });

  it("put CELL first on a mobile, as stock Android keeps the first type it knows", () => {
    expect(v3(person)).toContain("TEL;TYPE=CELL,VOICE:+8613800138000");
    expect(v4(person)).toContain("TEL;VALUE=uri;TYPE=cell,work,voice,text:tel:+8613800138000");
  });

  it("mark a fax line as a work fax", () => {
    expect(v3(person)).toContain("TEL;TYPE=WORK,FAX:+861064167545");
  });

  it("never leave a TEL without TYPE, which stock Android would file as Home", () => {
    fc.assert(
      fc.property(anyContact, (c) => {
        for (const line of [...v3(c), ...v4(c)].filter((l) => /^(?:item\d+\.)?TEL[;:]/.test(l)))
          expect(line).toMatch(/;TYPE=/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the 3.0 card", () => {
  it("holds no 4.0-only syntax: no KIND, ALTID, PREF, VALUE=uri TEL, caret encoding or 4.0 parameters", () => {
    fc.assert(
      fc.property(anyContact, (c) => {
        // The name and parameters of each line: 3.0 parameters are plain tokens, so the first
        // colon ends them (the values are free to hold any of these strings as text).
        for (const head of v3(c).map((line) => line.slice(0, line.indexOf(":")))) {
          expect(head).not.toMatch(
            /^KIND$|;ALTID=|;PREF=|;SORT-AS=|;PHONETIC=|;SCRIPT=|;CC=|;LABEL=|^(?:item\d+\.)?TEL;VALUE=uri|\^|"/,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it("says CHARSET=UTF-8 on exactly the properties with non-ASCII values, and 4.0 never does", () => {
    fc.assert(
      fc.property(anyContact, (c) => {
        for (const line of v3(c)) {
          // 3.0 parameters are plain tokens here, so the first colon ends them.
          const value = line.slice(line.indexOf(":") + 1);
          expect(line.includes(";CHARSET=UTF-8"), line).toBe(/[^\x00-\x7f]/.test(value));
        }
        expect(v4(c).join("\n")).not.toMatch(/CHARSET|QUOTED-PRINTABLE/i);
      }),
      { numRuns: 200 },
    );
  });

  it("writes each language's address in its own group, with its label, its language and, for Chinese, X-ABADR", () => {
    expect(v3(office)).toEqual(
      expect.arrayContaining([
        "item4.ADR;TYPE=WORK;LANGUAGE=en:;Room A409\\, Jucai Building;No. 76 Caoyuan Hutong\\, Dongcheng District;Beijing;;100027;PR China",
        "item4.X-ABLabel:English",
        "item5.ADR;TYPE=WORK;LANGUAGE=zh-Hans;CHARSET=UTF-8:;聚才大厦A座409室;东城区草园胡同76号;北京市;;100027;中国",
        "item5.LABEL;TYPE=WORK;LANGUAGE=zh-Hans;CHARSET=UTF-8:中国北京市东城区草园胡同76号聚才大厦A座409室\\n邮编 100027",
        "item5.X-ABLabel;CHARSET=UTF-8:中文",
        "item5.X-ABADR:cn",
      ]),
    );
    expect(v3(office).filter((l) => l.includes("X-ABADR"))).toEqual(["item5.X-ABADR:cn"]);
  });
});

describe("every card", () => {
  it("has a UID stable for the contact's id, REV from its update and a PRODID", () => {
    for (const lines of [v3(office), v4(office)]) {
      expect(lines).toContain("UID:urn:uuid:4366e960-96de-5938-a806-2f8c0c3266ca");
      expect(lines).toContain("PRODID:-//contact-card//NONSGML vCard writer//EN");
    }
    expect(v3(office)).toContain("REV:2026-11-28T00:00:00Z");
    expect(v4(office)).toContain("REV:20261128T000000Z");
    expect(toVCard({ ...office, name: { en: "Renamed" } })).toContain(
      "UID:urn:uuid:4366e960-96de-5938-a806-2f8c0c3266ca",
    );
  });

  it("is built once per contact object: a second call reads nothing of the contact", () => {
    let reads = 0;
    const watched = new Proxy(person, {
      get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver)),
    });
    const first = toVCard(watched, { version: "4.0" });
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(toVCard(watched, { version: "4.0" })).toBe(first);
    expect(reads).toBe(afterFirst);
  });
});

describe("several cards", () => {
  it("follow one another in one file, in the order given", () => {
    expect(toVCards([office, person], { version: "4.0" })).toBe(
      toVCard(office, { version: "4.0" }) + toVCard(person, { version: "4.0" }),
    );
  });

  it("stream one card at a time from an async source", async () => {
    async function* source() {
      yield office;
      yield person;
    }
    const pieces: string[] = [];
    for await (const piece of streamVCards(source())) pieces.push(piece);
    expect(pieces).toEqual([toVCard(office), toVCard(person)]);
  });
});
