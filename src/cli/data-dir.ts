/**
 * @module Reads the contact files of a data folder from disk (Node only): `DATA_DIR`, or
 * `data/` by default. Every unreadable file becomes a problem, never an exception.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Problem } from "../validate/problem";
import { validateDirectory, type DirectoryResult, type SourceFile } from "../validate/directory";
import { readInContext } from "./phonetic-in-context";

/** The schema for editors lives beside the contacts but is not one. */
export const SCHEMA_FILE = "schema.json";

/** The data folder this process works on. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.DATA_DIR?.trim() || "data");
}

/** A path as people type it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** Reads and validates every contact file of `dir`. */
export async function loadDirectory(dir: string, today?: string): Promise<DirectoryResult> {
  const problems: Problem[] = [];
  const label = (name: string) => shownPath(join(dir, name));
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error("not a folder");
    names = await readdir(dir);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    const problem: Problem = {
      severity: "error",
      code: "file-unreadable",
      file: shownPath(dir),
      path: [],
      detail: `the data folder ${why}: expected a folder of contact files (set DATA_DIR or create data/)`,
      expected: "a folder",
    };
    return { contacts: [], problems: [problem] };
  }
  const files: SourceFile[] = [];
  for (const name of names.sort()) {
    if (name.startsWith(".") || name === SCHEMA_FILE) continue;
    if (!name.toLowerCase().endsWith(".json")) {
      problems.push({
        severity: "warning",
        code: "file-unreadable",
        file: label(name),
        path: [],
        detail: "is not a .json file and is ignored: expected contact files named like beijing-office.json",
        expected: "a .json file",
      });
      continue;
    }
    try {
      const bytes = await readFile(join(dir, name));
      const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
      files.push({ name, text });
    } catch (e) {
      const why =
        e instanceof TypeError
          ? "is not UTF-8 text: expected the file saved as UTF-8"
          : `cannot be read (${(e as Error).message}): expected a readable file`;
      problems.push({
        severity: "error",
        code: "file-unreadable",
        file: label(name),
        path: [],
        detail: why,
        expected: "a readable UTF-8 file",
      });
    }
  }
  // What is bundled reads Chinese names in context (重庆 chongqing), as only Node can afford.
  const result = validateDirectory(files, label, today, readInContext);
  return { contacts: result.contacts, problems: [...problems, ...result.problems] };
}
