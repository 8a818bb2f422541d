/** Summary statistics for timings (milliseconds unless said otherwise). */

export interface Summary {
  n: number;
  median: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** The q-quantile (0..1) of sorted values, nearest rank; NaN for none. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  const p50 = quantile(s, 0.5);
  return {
    n: s.length,
    median: p50,
    p50,
    p95: quantile(s, 0.95),
    p99: quantile(s, 0.99),
    mean,
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
  };
}

/** Rounds for the report: 3 significant decimals below 1, else `digits` decimals. */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const d = Math.abs(x) < 1 ? Math.max(digits, 3) : digits;
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

export function ratio(value: number, baseline: number): number {
  return baseline > 0 ? round(value / baseline, 2) : Number.NaN;
}

/** A summary rounded for JSON. */
export function rounded(s: Summary, digits = 2): Summary {
  const out = { ...s };
  for (const k of Object.keys(out) as Array<keyof Summary>) if (k !== 'n') out[k] = round(out[k], digits);
  return out;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Milliseconds elapsed since `t0` (a performance.now() reading). */
export const since = (t0: number): number => performance.now() - t0;
