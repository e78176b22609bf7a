// One shape for every benchmark row, the printed table and the JSON file CI keeps.
import { mkdirSync, writeFileSync } from 'node:fs';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** What the same run measured for the baseline, when the row is a comparison. */
  baseline?: number;
  /** A size or count budget; CI fails when `value` exceeds it. Times never carry one. */
  budget?: number;
  note?: string;
}

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which `p` percent of the list falls (nearest rank). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function formatValue(value: number, unit: string): string {
  if (unit === 'bytes') return `${(value / 1024).toFixed(1)} KB`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${unit}`;
}

/** Prints the table, writes bench-results/bench.json and returns the rows over budget. */
export function report(rows: BenchRow[]): BenchRow[] {
  const lines = rows.map((r) => {
    const ratio = r.baseline
      ? ` (${(r.value / r.baseline).toFixed(2)}× baseline ${formatValue(r.baseline, r.unit)})`
      : '';
    const budget =
      r.budget !== undefined
        ? `  budget ${formatValue(r.budget, r.unit)}${r.value > r.budget ? '  OVER' : ''}`
        : '';
    return `${r.name.padEnd(58)} ${formatValue(r.value, r.unit).padStart(12)}${ratio}${budget}${r.note ? `  — ${r.note}` : ''}`;
  });
  console.log(lines.join('\n'));
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    'bench-results/bench.json',
    JSON.stringify({ at: new Date().toISOString(), rows }, null, 2),
  );
  return rows.filter((r) => r.budget !== undefined && r.value > r.budget);
}
