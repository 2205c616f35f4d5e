/** Rules across files: unique ids and exactly one primary contact. */
import { describe, expect, it } from "vitest";
import { validateDirectory } from "../../../src/validate/directory";
import { formatProblem } from "../../../src/validate/problem";
import { edited, SHIPPED_TEXT } from "./helpers";

const label = (name: string) => `data/${name}`;
const shanghai = edited((d) => {
  d.id = "shanghai-office";
  d.primary = false;
});

describe("a directory of contact files", () => {
  it("sorts valid contacts by id", () => {
    const result = validateDirectory(
      [
        { name: "shanghai-office.json", text: shanghai },
        { name: "beijing-office.json", text: SHIPPED_TEXT },
      ],
      label,
      "2026-11-28",
    );
    expect(result.problems).toEqual([]);
    expect(result.contacts.map((c) => c.id)).toEqual(["beijing-office", "shanghai-office"]);
  });

  it("refuses an id used twice, naming both files", () => {
    const result = validateDirectory(
      [
        { name: "beijing-office.json", text: SHIPPED_TEXT },
        { name: "Beijing-Office.json", text: edited((d) => (d.primary = false)) },
      ],
      label,
      "2026-11-28",
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'data/Beijing-Office.json:3:3: id: "beijing-office" is not the file\'s name: expected "Beijing-Office" (the file name without .json), or rename the file to beijing-office.json',
    ]);
  });

  it("refuses two contacts with the same id in different files, naming the first", () => {
    const result = validateDirectory(
      [
        { name: "beijing-office.json", text: SHIPPED_TEXT },
        { name: "beijing-office.JSON", text: edited((d) => (d.primary = false)) },
      ],
      label,
      "2026-11-28",
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'data/beijing-office.json: id: the id "beijing-office" is already used by data/beijing-office.JSON: expected every contact to have its own id',
    ]);
  });

  it("refuses a directory with no primary contact", () => {
    const result = validateDirectory([{ name: "shanghai-office.json", text: shanghai }], label, "2026-11-28");
    expect(result.problems.map(formatProblem)).toEqual([
      'data/: primary: no contact is marked "primary": true: expected exactly one, the contact shown at / and /contact.vcf',
    ]);
  });

  it("refuses two primary contacts", () => {
    const result = validateDirectory(
      [
        { name: "beijing-office.json", text: SHIPPED_TEXT },
        { name: "shanghai-office.json", text: edited((d) => (d.id = "shanghai-office")) },
      ],
      label,
      "2026-11-28",
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'data/shanghai-office.json: primary: 2 contacts are marked "primary": true (beijing-office, shanghai-office): expected exactly one',
    ]);
  });

  it("refuses an empty directory", () => {
    expect(validateDirectory([], label).problems.map(formatProblem)).toEqual([
      "data/: there are no contact files: expected at least one file like beijing-office.json",
    ]);
  });
});
