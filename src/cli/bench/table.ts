/**
 * @module Prints measurements as a plain-text table: value, baseline and ratio, whether the
 * project's target is met, and how the value stands against each platform limit. Pure
 * (returns the text).
 */
import { meetsTarget, ratioOf, type Measurement, type Row, type Unit } from "./measure";

const format = (value: number, unit: Unit): string => {
  if (unit === "count") return value.toLocaleString("en");
  if (unit === "req/s") return `${Math.round(value).toLocaleString("en")} req/s`;
  if (unit === "KiB") return value >= 1024 ? `${(value / 1024).toFixed(2)} MiB` : `${value.toFixed(1)} KiB`;
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
};

/** The target cell: "≥ 0.70 ✓", "≤ 256.0 KiB ✗ MISSED". */
function targetCell(m: Measurement): string {
  if (!m.target) return "";
  const met = meetsTarget(m);
  const goal =
    "atMost" in m.target ? `≤ ${format(m.target.atMost, m.unit)}` : `ratio ≥ ${m.target.ratioAtLeast.toFixed(2)}`;
  return `${goal} ${met === undefined ? "?" : met ? "✓" : "✗ MISSED"}`;
}

function limitsCell(m: Measurement): string {
  return (m.limits ?? [])
    .map(
      (l) =>
        `${((100 * m.value) / l.value).toFixed(0)}% of ${format(l.value, m.unit)} ${l.name}${m.value > l.value ? " ✗ OVER" : ""}`,
    )
    .join("; ");
}

/** The table of `rows`, grouped under their suite's name. */
export function formatTable(
  groups: readonly { readonly suite: string; readonly measurements: readonly Row[] }[],
): string {
  const rows: string[][] = [["measure", "value", "baseline (same run)", "ratio", "target", "limit"]];
  // Lines printed as they are, outside the columns: section titles and notes.
  const loose = new Set<number>();
  for (const { suite, measurements } of groups) {
    loose.add(rows.length);
    rows.push([`[${suite}]`]);
    for (const m of measurements) {
      if ("pending" in m) {
        rows.push([m.name, m.pending, "", "", "", ""]);
        continue;
      }
      const r = ratioOf(m);
      const ratio = r === undefined ? "" : `${r.toFixed(2)}×`;
      const baseline = m.baseline ? `${format(m.baseline.value, m.unit)} ${m.baseline.name}` : "";
      rows.push([m.name, format(m.value, m.unit), baseline, ratio, targetCell(m), limitsCell(m)]);
      if (m.note) {
        loose.add(rows.length);
        rows.push([`  ${m.note}`]);
      }
    }
  }
  const widths = rows[0]!.map((_, i) =>
    Math.max(...rows.filter((_, j) => !loose.has(j)).map((r) => [...(r[i] ?? "")].length)),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === 1 || i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return rows.map((r, j) => (loose.has(j) ? r[0]! : line(r))).join("\n");
}

/** The measurements whose target is missed, named with their suite, for the summary line. */
export function missedTargets(
  groups: readonly { readonly suite: string; readonly measurements: readonly Row[] }[],
): string[] {
  return groups.flatMap((g) =>
    g.measurements
      .filter((m): m is Measurement => !("pending" in m) && meetsTarget(m) === false)
      .map((m) => `${g.suite}: ${m.name}`),
  );
}
