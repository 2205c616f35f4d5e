/** `npm run validate` and `npm run build:data` as the office staff and CI run them. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { edited, SHIPPED_TEXT } from "./helpers";

const ROOT = new URL("../../../", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");
const folders: string[] = [];

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "contact-data-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function run(script: string, dataDir: string, args: string[] = []) {
  const out = spawnSync(TSX, [join(ROOT, "src/cli", script), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("npm run validate", () => {
  it("passes the shipped data with exit 0", () => {
    const out = run("validate.ts", join(ROOT, "data"));
    expect(out).toEqual({ code: 0, stdout: "✓ data: 1 contact valid (0 errors, 0 warnings).\n", stderr: "" });
  });

  it("lists every error with file, line and field, and exits 1", () => {
    const dir = folderWith({
      "beijing-office.json": edited((d) => {
        d.address.en.district = "Chaoyang District";
        d.phones[0].number = "+86 10 6416 754";
      }),
      "broken.json": '{ "id": "broken", }',
      "notes.txt": "not a contact",
    });
    const out = run("validate.ts", dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe("");
    expect(out.stderr.split("\n")).toEqual([
      `${dir}/notes.txt: warning: is not a .json file and is ignored: expected contact files named like beijing-office.json`,
      `${dir}/beijing-office.json:20:7: phones[0].number: "+86 10 6416 754" is not a valid number in its country's numbering plan: expected a valid international number, like "+86 10 6416 7544"`,
      `${dir}/beijing-office.json:51:7: address.en.district: "Chaoyang District" does not match 东城区 (dongcheng)`,
      `${dir}/broken.json:1:19: invalid JSON at "}": expected a field name in double quotes (is there a comma too many before "}"?)`,
      "",
      `✗ ${dir}: 3 errors, 1 warning. Nothing can be served until the errors are fixed.`,
      "",
    ]);
  });

  it("exits 0 with warnings only, printing them", () => {
    const dir = folderWith({ "beijing-office.json": edited((d) => (d.updated = "2999-01-01")) });
    const out = run("validate.ts", dir);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe(
      `${dir}/beijing-office.json:65:3: warning: updated: "2999-01-01" is in the future: expected the day the details were last checked\n`,
    );
    expect(out.stdout).toBe(`✓ ${dir}: 1 contact valid (0 errors, 1 warning).\n`);
  });

  it("says so when the data folder does not exist", () => {
    const out = run("validate.ts", "/nonexistent/contacts");
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(
      "/nonexistent/contacts: the data folder does not exist: expected a folder of contact files (set DATA_DIR or create data/)",
    );
  });

  it("refuses a file that is not UTF-8", () => {
    const dir = folderWith({ "beijing-office.json": Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) });
    const out = run("validate.ts", dir);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain(`${dir}/beijing-office.json: is not UTF-8 text: expected the file saved as UTF-8`);
  });
});

describe("npm run build:data", () => {
  it("refuses to bundle invalid data, writing nothing", () => {
    const dir = folderWith({ "beijing-office.json": edited((d) => (d.address.postcode = "200027")) });
    const out = run("build-data.ts", dir, ["--out", join(dir, "bundle")]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('address.postcode: "200027" is a postcode of 上海市, but the address is in 北京市');
    expect(out.stderr).toContain("build stopped");
    expect(existsSync(join(dir, "bundle"))).toBe(false);
  });

  it("bundles valid data as the contacts the validator normalised", async () => {
    const dir = folderWith({ "beijing-office.json": SHIPPED_TEXT });
    const out = run("build-data.ts", dir, ["--out", join(dir, "bundle")]);
    expect(out.code).toBe(0);
    const { contacts } = await import(join(dir, "bundle", "bundle.js"));
    expect(contacts.map((c: { id: string }) => c.id)).toEqual(["beijing-office"]);
    expect(contacts[0].phones[0].e164).toBe("+861064167544");
  });
});
