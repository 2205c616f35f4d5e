/**
 * Our cards beside other projects' real-world fixtures (tests/fixtures/vcard/peers/README.md):
 * the Apple extensions we write are the ones Apple's own exports use, grouped the same way,
 * and read by ical.js as theirs are; the 4.0 SORT-AS pinyin has the shape AOSP's test reads.
 */
import { describe, expect, it } from "vitest";
import { toVCard, type JCard } from "../../../src/formats/vcard";
import { readWithIcal } from "./ical";
import { readFixture, shippedContact } from "./helpers";

/** A peer's card read by ical.js, its line ends made CRLF first (the iPhone sample has CR CR LF). */
const readPeer = (name: string, version: "3.0" | "4.0"): JCard =>
  readWithIcal(readFixture(`peers/${name}`).replace(/\r*\n/g, "\r\n"), version);

/** Which property names share a group with which, e.g. "tel+x-ablabel". */
function groupings(card: JCard): Set<string> {
  const groups = new Map<string, string[]>();
  for (const [name, params] of card[1]) {
    if (typeof params.group !== "string") continue;
    groups.set(params.group, [...(groups.get(params.group) ?? []), name]);
  }
  const pairs = new Set<string>();
  for (const names of groups.values()) for (const other of names.slice(1)) pairs.add(`${names[0]}+${other}`);
  return pairs;
}

const ours = readWithIcal(toVCard(shippedContact(), { version: "3.0" }), "3.0");
const apple = [
  readPeer("ezvcard-John_Doe_IPHONE.vcf", "3.0"),
  readPeer("ezvcard-John_Doe_MAC_ADDRESS_BOOK.vcf", "3.0"),
];
const appleNames = new Set(apple.flatMap((card) => card[1].map(([name]) => name)));

describe("our 3.0 card beside Apple's own exports (iPhone, macOS Address Book)", () => {
  it("uses Apple's property names for labels, address formats and pinyin", () => {
    for (const name of ["x-ablabel", "x-abadr", "x-phonetic-first-name", "x-phonetic-last-name"])
      expect(appleNames, name).toContain(name);
    expect(ours[1].map(([name]) => name)).toEqual(expect.arrayContaining(["x-ablabel", "x-abadr"]));
  });

  it("groups a label with its number or link, and X-ABADR with its address, as Apple does", () => {
    const appleGroupings = new Set(apple.flatMap((card) => [...groupings(card)]));
    for (const pair of ["tel+x-ablabel", "url+x-ablabel", "adr+x-abadr"]) {
      expect(appleGroupings, pair).toContain(pair);
      expect(groupings(ours), pair).toContain(pair);
    }
  });

  it("writes a work number's types as Apple's do, read alike: TYPE=WORK,VOICE is type=WORK;type=VOICE", () => {
    const appleWork = apple[0]![1].find(
      ([name, params]) => name === "tel" && JSON.stringify(params.type) === '["WORK","VOICE"]',
    );
    const ourWork = ours[1].find(([name]) => name === "tel");
    expect(appleWork?.[1].type).toEqual(["WORK", "VOICE"]);
    expect(ourWork?.[1].type).toEqual(["WORK", "VOICE"]);
  });
});

describe("our 4.0 ORG beside AOSP's SORT-AS test card", () => {
  it("carries the reading as a quoted SORT-AS parameter, which AOSP's VCardEntry reads as the phonetic name", () => {
    const aosp = readPeer("aosp-v40_sort_as.vcf", "4.0")[1].find(([name]) => name === "org");
    const ourOrg = readWithIcal(toVCard(shippedContact(), { version: "4.0" }), "4.0")[1].find(
      ([name, params]) => name === "org" && params.language === "zh-Hans",
    );
    expect(aosp?.[1]["sort-as"]).toBe("ぐーぐる;けんさくぶもん");
    expect(ourOrg?.[1]["sort-as"]).toBe("bei jing ban gong shi");
  });
});
