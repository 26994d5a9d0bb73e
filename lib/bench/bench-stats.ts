// Small statistics for the benchmark scripts: percentiles (nearest rank) and rounding for JSON output.
// Runs in Node (bench CLIs); pure.

/** Nearest-rank percentile of `values` (`p` in 0..100); NaN for an empty list. */
export function computePercentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? Number.NaN;
}

export function computeMedian(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Rounds to `digits` decimals (figures in the JSON stay readable). */
export function roundTo(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
