/** Weighted, L2-regularised logistic regression fitted by Newton's method: small, exact, deterministic. */

export interface Row {
  x: number[];
  y: 0 | 1;
  weight: number;
}

export interface LinearModel {
  weights: number[];
  bias: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A·v = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c]?.[c] ?? 0;
    if (Math.abs(pivot) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, i) => ((row[i] ?? 0) === 0 ? 0 : (row[n] ?? 0) / (row[i] ?? 1)));
}

/**
 * Minimises Σ weight·logloss + lambda/2·|w|² (the bias is not penalised). Features should be
 * standardised first so that one lambda suits them all.
 */
export function fitLogistic(rows: Row[], lambda: number, iterations = 25): LinearModel {
  const d = rows[0]?.x.length ?? 0;
  // Parameters: d weights, then the bias.
  let theta = new Array<number>(d + 1).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const r of rows) {
      const z = r.x.reduce((s, x, i) => s + x * (theta[i] ?? 0), theta[d] ?? 0);
      const p = sigmoid(z);
      const xs = [...r.x, 1];
      const g = r.weight * (p - r.y);
      const h = r.weight * p * (1 - p);
      for (let i = 0; i <= d; i++) {
        grad[i] = (grad[i] ?? 0) + g * (xs[i] ?? 0);
        const hi = hess[i] as number[];
        for (let j = i; j <= d; j++) hi[j] = (hi[j] ?? 0) + h * (xs[i] ?? 0) * (xs[j] ?? 0);
      }
    }
    for (let i = 0; i <= d; i++) for (let j = 0; j < i; j++) (hess[i] as number[])[j] = hess[j]?.[i] ?? 0;
    for (let i = 0; i < d; i++) {
      grad[i] = (grad[i] ?? 0) + lambda * (theta[i] ?? 0);
      (hess[i] as number[])[i] = (hess[i]?.[i] ?? 0) + lambda;
    }
    const step = solve(hess, grad);
    theta = theta.map((t, i) => t - (step[i] ?? 0));
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { weights: theta.slice(0, d), bias: theta[d] ?? 0 };
}

/** Mean and standard deviation of each feature column. */
export function columnStats(xs: number[][]): { mean: number[]; std: number[] } {
  const d = xs[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const x of xs)
    x.forEach((v, i) => {
      mean[i] = (mean[i] ?? 0) + v / xs.length;
    });
  for (const x of xs)
    x.forEach((v, i) => {
      std[i] = (std[i] ?? 0) + (v - (mean[i] ?? 0)) ** 2 / xs.length;
    });
  return { mean, std: std.map((v) => Math.sqrt(v)) };
}

/** A model fitted on standardised features, rewritten to apply to raw ones (constant features get 0). */
export function unstandardise(m: LinearModel, mean: number[], std: number[]): LinearModel {
  const weights = m.weights.map((w, i) => ((std[i] ?? 0) > 1e-12 ? w / (std[i] ?? 1) : 0));
  const bias = m.bias - weights.reduce((s, w, i) => s + w * (mean[i] ?? 0), 0);
  return { weights, bias };
}
