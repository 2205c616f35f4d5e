/**
 * @module `npm run validate`: checks every contact file in the data folder and prints each
 * problem on its own line. Exit 0 when the data can be served (warnings allowed), 1 when not.
 */
import { dataDir, loadDirectory, shownPath } from "./data-dir";
import { formatProblem, hasErrors } from "../validate/problem";

const dir = dataDir();
const { contacts, problems } = await loadDirectory(dir);
for (const problem of problems) console.error(formatProblem(problem));
const errors = problems.filter((p) => p.severity === "error").length;
const warnings = problems.length - errors;
const counts = `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`;
if (hasErrors(problems)) {
  console.error(`\n✗ ${shownPath(dir)}: ${counts}. Nothing can be served until the errors are fixed.`);
  process.exitCode = 1;
} else {
  console.log(`✓ ${shownPath(dir)}: ${contacts.length} contact${contacts.length === 1 ? "" : "s"} valid (${counts}).`);
}
