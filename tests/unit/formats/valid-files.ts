/**
 * fast-check arbitraries of contact files that pass the validator: a contact of every kind
 * from the directory generator's vocabulary (real districts, matching pinyin, real numbers),
 * chosen by seed, with the fields the validator leaves free filled with hostile text (CJK,
 * emoji, combining marks, `\ , ; :`, quotes, line breaks in notes), e-mail addresses, web
 * sites, photos and opening hours. `validFile` keeps only what validates without error.
 */
import fc from "fast-check";
import { generateDirectory } from "../../../src/cli/generate/directory";
import type { Contact } from "../../../src/model/contact";
import type { ContactFile } from "../../../src/model/schema";
import { validateContactValue } from "../../../src/validate/contact";
import { hostileText } from "../vcard/arbitraries";

/** The date the tests validate on (an `updated` date must not be in the future). */
export const TODAY = "2026-11-29";

// The validator refuses C0/C1 controls outside notes, and trims: generate what it keeps as is.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
const HAN = /\p{Script=Han}/u;
const text = (max = 30) =>
  hostileText(1, max)
    .map((t) => t.replace(CONTROLS, " ").trim())
    .filter((t) => t.length > 0);
const english = text().map((t) => t.replace(/\p{Script=Han}/gu, "x"));
const chinese = text().map((t) => (HAN.test(t) ? t : `北${t}`));
const bilingual = fc.record({ en: english, "zh-Hans": chinese }, { requiredKeys: ["en"] });
const note = fc.record(
  {
    en: hostileText(1, 80)
      .map((t) => t.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ").trim())
      .filter(Boolean),
    "zh-Hans": chinese,
  },
  { requiredKeys: ["en"] },
);

const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const email = fc.record({
  address: fc.tuple(fc.stringMatching(/^[a-z0-9._+-]{1,16}$/), word, word).map(([l, d, t]) => `${l}@${d}.${t}`),
  label: fc.option(bilingual, { nil: undefined }),
});
const httpsUrl = fc
  .tuple(word, word, fc.array(fc.stringMatching(/^[A-Za-z0-9._~%-]{1,12}$/), { maxLength: 3 }))
  .map(([host, tld, path]) => `https://${host}.${tld}/${path.join("/")}`);
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom("00", "15", "30", "45"));
const hours = fc.record(
  {
    timeZone: fc.constantFrom("Asia/Shanghai", "Europe/London", "America/New_York"),
    weekly: fc.array(
      fc
        .tuple(
          fc.uniqueArray(fc.constantFrom("mo", "tu", "we", "th", "fr", "sa", "su"), { minLength: 1, maxLength: 7 }),
          time,
          time,
        )
        .filter(([, a, b]) => a[0] !== b[0])
        .map(([days, a, b]) => {
          const [open, close] = a[0] < b[0] ? [a, b] : [b, a];
          const pad = (t: [number, string]) => `${String(t[0]).padStart(2, "0")}:${t[1]}`;
          return { days, opens: pad(open), closes: pad(close) };
        }),
      { minLength: 1, maxLength: 3 },
    ),
    note: fc.option(bilingual, { nil: undefined }),
  },
  { requiredKeys: ["timeZone", "weekly"] },
);

/** Free fields laid over a generated contact. */
const extras = fc.record(
  {
    title: bilingual,
    department: bilingual,
    note,
    emails: fc.uniqueArray(email, { maxLength: 3, selector: (e) => e.address }),
    websites: fc.array(fc.record({ url: httpsUrl, label: fc.option(bilingual, { nil: undefined }) }), { maxLength: 2 }),
    photo: httpsUrl,
    logo: httpsUrl,
    hours,
    phoneLabels: fc.array(fc.option(bilingual, { nil: undefined }), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

const withoutUndefined = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A generated contact file of any kind with free fields overlaid (may not validate). */
export const candidateFile: fc.Arbitrary<ContactFile> = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.nat(11), extras)
  .map(([seed, index, { phoneLabels = [], ...rest }]) => {
    const files = generateDirectory({ count: 12, seed });
    const file = files[index % files.length]!;
    const phones = (file.phones ?? []).map((p, i) => (phoneLabels[i] ? { ...p, label: phoneLabels[i] } : p));
    return withoutUndefined({ ...file, ...rest, phones });
  });

/** A contact file that validates without error, with the contact the validator made of it. */
export const validFile: fc.Arbitrary<{ file: ContactFile; contact: Contact }> = candidateFile
  .map((file) => ({
    file,
    result: validateContactValue(file, { file: `${file.id}.json`, expectedId: file.id, today: TODAY }),
  }))
  .filter(({ result }) => result.contact !== undefined)
  .map(({ file, result }) => ({ file, contact: result.contact! }));
