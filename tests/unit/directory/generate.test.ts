/** The generated directory: valid, bilingual, deterministic, every kind, one primary contact. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { afterAll, describe, expect, it } from "vitest";
import { generateDirectory, kindCounts } from "../../../src/cli/generate/directory";
import { validateDirectory } from "../../../src/validate/directory";
// Contacts as the build bundles them: names read in context.
import { readInContext } from "../../../src/cli/phonetic-in-context";

const ROOT = new URL("../../../", import.meta.url).pathname;
const TODAY = "2026-11-29";
const folders: string[] = [];
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const asSources = (files: ReturnType<typeof generateDirectory>) =>
  files.map((f) => ({ name: `${f.id}.json`, text: JSON.stringify(f, null, 2) }));

// Validating hundreds of contacts takes a second or two alone, longer on a busy machine.
describe("generateDirectory", { timeout: 60_000 }, () => {
  it.each([
    [1, 1],
    [2, 2],
    [7, 3],
    [400, 20261128],
    [150, 99],
  ])("writes %i contacts (seed %i) that pass the validator without a single problem", (count, seed) => {
    const files = generateDirectory({ count, seed });
    const result = validateDirectory(asSources(files), undefined, TODAY, readInContext);
    expect(result.problems).toEqual([]);
    expect(result.contacts).toHaveLength(count);
    expect(result.contacts.filter((c) => c.primary)).toHaveLength(1);
  });

  it("makes every kind, tagged by city, with both languages and pinyin names", () => {
    const files = generateDirectory({ count: 200, seed: 5 });
    const counts = kindCounts(200);
    expect(files.filter((f) => f.kind === "organisation")).toHaveLength(counts.organisations);
    expect(files.filter((f) => f.kind === "office")).toHaveLength(counts.offices);
    expect(files.filter((f) => f.kind === "person")).toHaveLength(counts.people);
    expect(counts.organisations).toBeGreaterThan(0);
    for (const file of files) {
      expect(file.tags?.length).toBeGreaterThanOrEqual(2);
      expect(file.address?.["zh-Hans"]?.locality).toMatch(/市$/);
      if (file.kind !== "person" || file.familyName?.["zh-Hans"]) expect(file.name["zh-Hans"]).toBeTruthy();
    }
    const { contacts } = validateDirectory(asSources(files), undefined, TODAY, readInContext);
    const people = contacts.filter((c) => c.kind === "person" && c.name["zh-Hans"]);
    expect(people.length).toBeGreaterThan(100);
    // The English name is the pinyin the validator computes, family name first.
    const fold = (text: string) =>
      text
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/[^a-z]/g, "");
    for (const person of people) expect(fold(person.name.en)).toBe(fold(person.phonetic.name!));
  });

  it("uses only numbers libphonenumber-js finds valid, each number once", () => {
    const numbers = generateDirectory({ count: 300, seed: 11 }).flatMap((f) => (f.phones ?? []).map((p) => p.number));
    for (const n of numbers) expect(parsePhoneNumberFromString(n)?.isValid(), n).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it("gives the same files for the same seed and other files for another", () => {
    expect(generateDirectory({ count: 50, seed: 42 })).toEqual(generateDirectory({ count: 50, seed: 42 }));
    expect(generateDirectory({ count: 50, seed: 43 })).not.toEqual(generateDirectory({ count: 50, seed: 42 }));
  });

  it("refuses a count that is not a whole number of at least 1", () => {
    for (const count of [0, -1, 1.5, Number.NaN]) expect(() => generateDirectory({ count })).toThrow(RangeError);
  });
});

// Each test starts tsx processes: seconds on a busy 2-core machine, so a generous timeout.
describe("npm run directory:generate", { timeout: 60_000 }, () => {
  const run = (args: string[]) => {
    const out = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/generate-directory.ts"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
    });
    return { code: out.status, stderr: out.stderr };
  };
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), "contact-directory-"));
    folders.push(dir);
    return dir;
  };

  it("writes one file per contact, named by id, that npm run validate accepts", () => {
    const dir = folder();
    expect(run(["--count", "30", "--out", dir, "--seed", "3"])).toEqual({
      code: 0,
      stderr: expect.stringContaining("✓ wrote 30 contacts"),
    });
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(30);
    expect(names.map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")).id + ".json")).toEqual(names);
    const check = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/validate.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir },
      encoding: "utf8",
    });
    expect(check.stdout).toContain("30 contacts valid (0 errors, 0 warnings)");
  });

  it("never mixes with existing contact files unless --force replaces them", () => {
    const dir = folder();
    writeFileSync(join(dir, "someone.json"), "{}");
    expect(run(["--count", "5", "--out", dir])).toEqual({
      code: 1,
      stderr: expect.stringContaining("already holds 1 .json file(s)"),
    });
    expect(readdirSync(dir)).toEqual(["someone.json"]);
    expect(run(["--count", "5", "--out", dir, "--force"]).code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(5);
    expect(readdirSync(dir)).not.toContain("someone.json");
  });

  it.each([
    [["--out", "x"], "--count is missing"],
    [["--count", "0", "--out", "x"], '--count "0" is not a whole number'],
    [["--count", "5"], "--out is missing"],
    [["--count", "5", "--out", "x", "--colour"], "Unknown option '--colour'"],
  ])("explains a wrong command line %j and exits 2", (args, message) => {
    const out = run(args);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain("usage: npm run directory:generate");
  });
});
