import { porterStem } from './porter.js';

// A short function-word list: without it, tf-idf cosine links sentences by "the" and "said".
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or our ' +
    'said says she that the their them they this to was we were which who will with would you not ' +
    'after also about more than there when what into up out one two new can could do did so if no'
  ).split(' '),
);

function terms(sentence: string): string[] {
  return sentence
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((t) => t.length > 1 && !STOPWORDS.has(t))
    .map(porterStem);
}

function tfidfVectors(sentences: string[]): Map<string, number>[] {
  const bags = sentences.map(terms);
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of new Set(bag)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length;
  return bags.map((bag) => {
    const v = new Map<string, number>();
    for (const t of bag) v.set(t, (v.get(t) ?? 0) + 1);
    // Smoothed idf (as scikit-learn's): a term in every sentence still weighs a little.
    for (const [t, tf] of v) v.set(t, tf * (Math.log((1 + n) / (1 + (df.get(t) ?? 0))) + 1));
    return v;
  });
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return dot / (norm(a) * norm(b));
}

/** PageRank over a weighted undirected graph (damping 0.85); isolated nodes spread evenly. */
export function pageRank(weights: number[][], damping = 0.85, iterations = 100): number[] {
  const n = weights.length;
  const out = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const dangling = score.reduce((s, x, j) => s + ((out[j] ?? 0) === 0 ? x : 0), 0);
    const next = score.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]?.[i] ?? 0;
        if (w > 0) incoming += ((score[j] ?? 0) * w) / (out[j] ?? 1);
      }
      return (1 - damping) / n + damping * (incoming + dangling / n);
    });
    const delta = next.reduce((s, x, i) => s + Math.abs(x - (score[i] ?? 0)), 0);
    score = next;
    if (delta < 1e-9) break;
  }
  return score;
}

/** TextRank: the indices of the `k` most central sentences, in article order. */
export function textRank(sentences: string[], k = 3): number[] {
  const vectors = tfidfVectors(sentences);
  const weights = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const score = pageRank(weights);
  return score
    .map((s, i) => ({ s, i }))
    .sort((x, y) => y.s - x.s || x.i - y.i)
    .slice(0, k)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}
