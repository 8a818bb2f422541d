import { porterStem } from './porter.js';

export { porterStem };

/** F1 of ROUGE-1, ROUGE-2 and ROUGE-L (sentence-level LCS over the whole text, "rougeL"). */
export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

/**
 * rouge-score's tokenizer with stemming on: lower case, every run of characters outside
 * [a-z0-9] becomes a space, and only tokens longer than 3 characters are stemmed.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => (t.length > 3 ? porterStem(t) : t));
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function f1(overlap: number, predicted: number, reference: number): number {
  // rouge-score divides by max(count, 1), so an empty side scores 0 rather than NaN.
  const precision = overlap / Math.max(predicted, 1);
  const recall = overlap / Math.max(reference, 1);
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** ROUGE-N F1 from clipped n-gram overlap counts. */
export function rougeN(predicted: string[], reference: string[], n: number): number {
  const pred = ngramCounts(predicted, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of pred) overlap += Math.min(count, ref.get(gram) ?? 0);
  return f1(overlap, Math.max(predicted.length - n + 1, 0), Math.max(reference.length - n + 1, 0));
}

/** Length of the longest common subsequence of two token lists. */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = x === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, row[j - 1] ?? 0);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length] ?? 0;
}

/** ROUGE-L F1; zero when either side has no tokens, as in rouge-score. */
export function rougeL(predicted: string[], reference: string[]): number {
  if (predicted.length === 0 || reference.length === 0) return 0;
  return f1(lcsLength(predicted, reference), predicted.length, reference.length);
}

/** Scores a predicted summary against a reference, both as plain text. */
export function rouge(predicted: string, reference: string): RougeScores {
  const p = rougeTokens(predicted);
  const r = rougeTokens(reference);
  return { r1: rougeN(p, r, 1), r2: rougeN(p, r, 2), rl: rougeL(p, r) };
}
