/** Median with min and max: every figure of the benchmark is reported this way. */
export type Figure = { median: number; min: number; max: number; runs: number };

export function figure(values: number[]): Figure {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

export function median(values: number[]): number {
  return figure(values).median;
}

/** "12.3 (10.1–15.0)": a figure as the table prints it. */
export function show(f: Figure, digits = 1, unit = ''): string {
  if (!f.runs) return 'n/a';
  const n = (x: number) => x.toFixed(digits) + unit;
  return f.min === f.max ? n(f.median) : `${n(f.median)} (${n(f.min)}–${n(f.max)})`;
}
