/** How well a score ranks labelled positives above negatives, for comparing signals without a threshold. */

/** Share of (positive, negative) pairs the score orders correctly, ties counting half. */
export function auc(positives: number[], negatives: number[]): number {
  if (!positives.length || !negatives.length) return NaN;
  let good = 0;
  for (const p of positives) for (const n of negatives) good += p > n ? 1 : p === n ? 0.5 : 0;
  return good / (positives.length * negatives.length);
}

/** The value at or below which `share` of the values lie (nearest rank). */
export function quantile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? NaN;
}
