/**
 * Each way of breaking the shipped Beijing file fails with its own precise message: the file,
 * line and column, the field, the value found and what was expected.
 */
import { describe, expect, it } from "vitest";
import { validateContactText } from "../../../src/validate/contact";
import { formatProblem } from "../../../src/validate/problem";
import { edited } from "./helpers";

type Edit = (d: Record<string, any>) => void;

const VARIANTS: [string, Edit, string[]][] = [
  [
    "a number without country code",
    (d) => {
      d.phones[0].number = "010 6416 7544";
    },
    [
      'data/beijing-office.json:20:7: phones[0].number: "010 6416 7544" has no country code: expected the international form starting with "+", like "+86 10 6416 7544"',
    ],
  ],
  [
    "a number too short to exist",
    (d) => {
      d.phones[0].number = "+86 10 6416 754";
    },
    [
      'data/beijing-office.json:20:7: phones[0].number: "+86 10 6416 754" is not a valid number in its country\'s numbering plan: expected a valid international number, like "+86 10 6416 7544"',
    ],
  ],
  [
    "the same number twice",
    (d) => {
      d.phones[1].number = "+86 (10) 6416-7544";
      delete d.phones[1].apps;
    },
    [
      'data/beijing-office.json:30:7: phones[1].number: "+86 (10) 6416-7544" is the same number as phones[0]: expected each number once (list its uses in "for" instead)',
    ],
  ],
  [
    "a messages-only fixed line",
    (d) => {
      d.phones[1].number = "+86 10 6416 7545";
    },
    [
      'data/beijing-office.json:31:7: warning: phones[1].for: "+86 10 6416 7545" is a fixed line number, which usually cannot receive messages: expected a mobile number for messages and chat apps',
    ],
  ],
  [
    "an unknown messaging app",
    (d) => {
      d.phones[1].apps = ["wechat"];
    },
    [
      'data/beijing-office.json:35:9: phones[1].apps[0]: "wechat" is not allowed here: expected one of "whatsapp", "signal", "telegram"',
    ],
  ],
  [
    "a phone with no use",
    (d) => {
      d.phones[0].for = [];
    },
    ["data/beijing-office.json:21:7: phones[0].for: an empty list is not valid: expected at least one use"],
  ],
  [
    "a misspelt field",
    (d) => {
      d.adress = d.address;
      delete d.address;
    },
    ['data/beijing-office.json:44:3: adress: unknown field "adress": did you mean "address"?'],
  ],
  [
    "a Chinese key written zh",
    (d) => {
      d.name.zh = d.name["zh-Hans"];
      delete d.name["zh-Hans"];
    },
    ['data/beijing-office.json:8:5: name.zh: unknown field "zh": did you mean "zh-Hans"?'],
  ],
  [
    "a required field missing",
    (d) => {
      delete d.kind;
    },
    [
      'data/beijing-office.json:1:1: kind: the field "kind" is missing: expected one of "organisation", "office", "person" — What the contact is: "organisation", "office" or "person".',
    ],
  ],
  [
    "a wrong kind",
    (d) => {
      d.kind = "shop";
    },
    [
      'data/beijing-office.json:4:3: kind: "shop" is not allowed here: expected one of "organisation", "office", "person"',
    ],
  ],
  [
    "a list that is an object",
    (d) => {
      d.phones = d.phones[0];
    },
    [
      "data/beijing-office.json:18:3: phones: found an object but expected a list in square brackets [ … ] — Phone numbers, the main one first.",
    ],
  ],
  [
    "text where true/false belongs",
    (d) => {
      d.primary = "yes";
    },
    [
      'data/beijing-office.json:5:3: primary: found "yes" (text) but expected true or false — true for the one contact the service shows by default, at / and /contact.vcf.',
    ],
  ],
  [
    "null for a name",
    (d) => {
      d.name = null;
    },
    [
      'data/beijing-office.json:6:3: name: found null (nothing) but expected an object in curly braces { … } — The name people see: "Beijing Office" / "北京办公室", or a person\'s full name.',
    ],
  ],
  [
    "an empty English name",
    (d) => {
      d.name.en = "   ";
    },
    ["data/beijing-office.json:7:5: name.en: the text is empty: expected text that is not empty — In English."],
  ],
  [
    "a control character in a name",
    (d) => {
      d.name.en = "Beijing\u0007Office";
    },
    [
      'data/beijing-office.json:7:5: name.en: "Beijing\\u0007Office" is not valid: expected text on one line, without control characters',
    ],
  ],
  [
    "an id with capitals",
    (d) => {
      d.id = "Beijing-Office";
    },
    [
      'data/beijing-office.json:3:3: id: "Beijing-Office" is not valid: expected an id of lowercase letters, digits and single hyphens, like "beijing-office"',
    ],
  ],
  [
    "an id that is not the file name",
    (d) => {
      d.id = "shanghai-office";
    },
    [
      'data/beijing-office.json:3:3: id: "shanghai-office" is not the file\'s name: expected "beijing-office" (the file name without .json), or rename the file to shanghai-office.json',
    ],
  ],
  [
    "an English district that is another place",
    (d) => {
      d.address.en.district = "Chaoyang District";
    },
    ['data/beijing-office.json:51:7: address.en.district: "Chaoyang District" does not match 东城区 (dongcheng)'],
  ],
  [
    "a room number that differs",
    (d) => {
      d.address.en.room = "Room A410";
    },
    [
      'data/beijing-office.json:47:7: address.en.room: "Room A410" has A, 410 but A座409室 has A, 409: expected the same numbers and letters in both languages',
    ],
  ],
  [
    "a street number that differs",
    (d) => {
      d.address.en.streetNumber = "No. 77";
    },
    [
      'data/beijing-office.json:49:7: address.en.streetNumber: "No. 77" has 77 but 76号 has 76: expected the same numbers and letters in both languages',
    ],
  ],
  [
    "Chinese in the English address",
    (d) => {
      d.address.en.street = "草园胡同";
    },
    [
      'data/beijing-office.json:50:7: address.en.street: "草园胡同" contains the character "草", which is not Latin script: expected the English form in Latin letters (pinyin for Chinese names)',
    ],
  ],
  [
    "English in the Chinese address",
    (d) => {
      d.address["zh-Hans"].street = "Caoyuan Hutong";
    },
    [
      'data/beijing-office.json:59:7: address["zh-Hans"].street: "Caoyuan Hutong" is not written in Chinese characters: expected Simplified Chinese characters (digits and letters such as the A of A座 are fine)',
    ],
  ],
  [
    "a part missing in Chinese",
    (d) => {
      delete d.address["zh-Hans"].building;
    },
    [
      'data/beijing-office.json:55:5: address["zh-Hans"].building: the English address has a building ("Jucai Building") but the Chinese one has none: expected the same parts in both languages',
    ],
  ],
  [
    "an unknown country code",
    (d) => {
      d.address.country = "XX";
    },
    [
      'data/beijing-office.json:44:5: address.country: "XX" is not an ISO 3166-1 country code: expected a code such as "CN", "GB" or "US"',
    ],
  ],
  [
    "a country code in lower case",
    (d) => {
      d.address.country = "cn";
    },
    [
      'data/beijing-office.json:44:5: address.country: "cn" is not valid: expected a two-letter ISO 3166-1 country code in capitals, like "CN"',
    ],
  ],
  [
    "a five-digit Chinese postcode",
    (d) => {
      d.address.postcode = "10002";
    },
    [
      'data/beijing-office.json:45:5: address.postcode: "10002" is not a postcode of China: expected six digits, like "100027"',
    ],
  ],
  [
    "a Shanghai postcode in Beijing",
    (d) => {
      d.address.postcode = "200027";
    },
    [
      'data/beijing-office.json:45:5: address.postcode: "200027" is a postcode of 上海市, but the address is in 北京市: expected a postcode starting with 10',
    ],
  ],
  [
    "a province that does not exist",
    (d) => {
      d.address["zh-Hans"].region = "火星省";
      d.address.en.region = "Huoxing Province";
    },
    [
      'data/beijing-office.json:64:7: address["zh-Hans"].region: "火星省" is not a province of China: expected a province such as 河北省 or 广东省 (leave it out for 北京市, 上海市, 天津市, 重庆市)',
    ],
  ],
  [
    "a district of another city",
    (d) => {
      d.address["zh-Hans"].district = "福田区";
      d.address.en.district = "Futian District";
    },
    [
      'data/beijing-office.json:60:7: warning: address["zh-Hans"].district: "福田区" is not a district of 北京市: expected one of 东城区、西城区、朝阳区、丰台区、石景山区、海淀区、门头沟区、房山区、通州区、顺义区、昌平区、大兴区、怀柔区、平谷区、密云区、延庆区',
    ],
  ],
  [
    "an English name in the Chinese field",
    (d) => {
      d.name["zh-Hans"] = "Beijing Office";
    },
    [
      'data/beijing-office.json:8:5: name["zh-Hans"]: "Beijing Office" has no Chinese characters: expected the Simplified Chinese name, or leave "zh-Hans" out',
    ],
  ],
  [
    "a family name on an office",
    (d) => {
      d.familyName = { en: "Li" };
    },
    [
      'data/beijing-office.json:66:3: familyName: an office has no familyName: expected it only on a contact of kind "person"',
    ],
  ],
  [
    "a date that does not exist",
    (d) => {
      d.updated = "2026-02-30";
    },
    [
      'data/beijing-office.json:65:3: updated: "2026-02-30" is not a date in the calendar: expected YYYY-MM-DD, like "2026-11-28"',
    ],
  ],
  [
    "a date in the future",
    (d) => {
      d.updated = "2027-01-01";
    },
    [
      'data/beijing-office.json:65:3: warning: updated: "2027-01-01" is in the future: expected the day the details were last checked',
    ],
  ],
  [
    "a web site over http",
    (d) => {
      d.websites = [{ url: "http://example.org" }];
    },
    [
      'data/beijing-office.json:68:7: websites[0].url: "http://example.org" is not valid: expected a web address starting with "https://", like "https://example.org/"',
    ],
  ],
  [
    "an email without @",
    (d) => {
      d.emails = [{ address: "office.example.org" }];
    },
    [
      'data/beijing-office.json:68:7: emails[0].address: "office.example.org" is not valid: expected an email address like "name@example.org"',
    ],
  ],
  [
    "a tag with capitals",
    (d) => {
      d.tags = ["Beijing"];
    },
    [
      'data/beijing-office.json:15:5: tags[0]: "Beijing" is not valid: expected a tag of lowercase letters, digits and hyphens, like "beijing" or "sales-team"',
    ],
  ],
  [
    "an unknown time zone and closing before opening",
    (d) => {
      d.hours = { timeZone: "Mars/Olympus", weekly: [{ days: ["mo"], opens: "18:00", closes: "09:00" }] };
    },
    [
      'data/beijing-office.json:67:5: hours.timeZone: "Mars/Olympus" is not a time zone: expected an IANA name like "Asia/Shanghai"',
      "data/beijing-office.json:74:9: hours.weekly[0].closes: closes at 09:00, not after it opens at 18:00: expected a closing time later than the opening time",
    ],
  ],
  [
    "a day and a time written loosely",
    (d) => {
      d.hours = { timeZone: "Asia/Shanghai", weekly: [{ days: ["monday"], opens: "9am", closes: "17:00" }] };
    },
    [
      'data/beijing-office.json:71:11: hours.weekly[0].days[0]: "monday" is not allowed here: expected one of "mo", "tu", "we", "th", "fr", "sa", "su"',
      'data/beijing-office.json:73:9: hours.weekly[0].opens: "9am" is not valid: expected a time of day like "09:00" or "17:30"',
    ],
  ],
];

describe("a broken contact file", () => {
  it("has at least 25 distinct broken variants, each with its own message", () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(25);
    const messages = VARIANTS.map(([, , expected]) => expected.join("\n"));
    expect(new Set(messages).size).toBe(messages.length);
  });

  it.each(VARIANTS)("with %s is reported exactly", (_name, edit, expected) => {
    const result = validateContactText(edited(edit), {
      file: "data/beijing-office.json",
      expectedId: "beijing-office",
      today: "2026-11-28",
    });
    expect(result.problems.map(formatProblem)).toEqual(expected);
    const hasError = result.problems.some((p) => p.severity === "error");
    expect(result.contact === undefined).toBe(hasError);
  });
});
