/** Shared fixtures of the API's unit tests: the shipped contacts, validated as the worker serves them. */
import { readdirSync, readFileSync } from "node:fs";
import type { Contact } from "../../../src/model/contact";
import { validateDirectory } from "../../../src/validate/directory";

const DATA = new URL("../../../data/", import.meta.url);

/** Every contact of data/, validated and sorted by id. */
export function shippedContacts(): readonly Contact[] {
  const files = readdirSync(DATA)
    .filter((name) => name.endsWith(".json") && name !== "schema.json")
    .map((name) => ({ name, text: readFileSync(new URL(name, DATA), "utf8") }));
  const { contacts, problems } = validateDirectory(files);
  if (problems.some((p) => p.severity === "error"))
    throw new Error(`data/ does not validate: ${JSON.stringify(problems)}`);
  return contacts;
}

/** The shipped primary contact (the Beijing office). */
export function shippedOffice(): Contact {
  const office = shippedContacts().find((c) => c.id === "beijing-office");
  if (!office) throw new Error("data/beijing-office.json is missing");
  return office;
}
