/**
 * @module Prints measurements as a plain-text table: value, baseline and ratio, and how the
 * value stands against each platform limit. Pure (returns the text).
 */
import type { Measurement, Unit } from "./measure";

const format = (value: number, unit: Unit): string => {
  if (unit === "count") return value.toLocaleString("en");
  if (unit === "KiB") return value >= 1024 ? `${(value / 1024).toFixed(2)} MiB` : `${value.toFixed(1)} KiB`;
  return value >= 100 ? `${value.toFixed(0)} ms` : value >= 1 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
};

/** The table of `measurements`, grouped under their suite's name. */
export function formatTable(
  groups: readonly { readonly suite: string; readonly measurements: readonly Measurement[] }[],
): string {
  const rows: string[][] = [["measure", "value", "baseline (same run)", "ratio", "limit"]];
  const sections: number[] = [];
  for (const { suite, measurements } of groups) {
    sections.push(rows.length);
    rows.push([`[${suite}]`, "", "", "", ""]);
    for (const m of measurements) {
      const ratio = m.baseline && m.baseline.value > 0 ? `${(m.value / m.baseline.value).toFixed(2)}×` : "";
      const baseline = m.baseline ? `${format(m.baseline.value, m.unit)} ${m.baseline.name}` : "";
      const limits = (m.limits ?? [])
        .map(
          (l) =>
            `${((100 * m.value) / l.value).toFixed(0)}% of ${format(l.value, m.unit)} ${l.name}${m.value > l.value ? " ✗ OVER" : ""}`,
        )
        .join("; ");
      rows.push([m.name, format(m.value, m.unit), baseline, ratio, limits]);
      if (m.note) rows.push([`  ${m.note}`, "", "", "", ""]);
    }
  }
  const widths = rows[0]!.map((_, i) =>
    Math.max(...rows.filter((r, j) => !sections.includes(j) && !r[0]!.startsWith("  ")).map((r) => [...r[i]!].length)),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => (i === 1 || i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return rows.map((r, j) => (sections.includes(j) || r[0]!.startsWith("  ") ? r[0]! : line(r))).join("\n");
}
