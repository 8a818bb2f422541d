import { rougeTokens } from './rouge.js';

/** How a briefing item was tied to one of the record's sentences. */
export type MatchKind = 'exact' | 'normalised' | 'overlap' | 'none';

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function dice(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

// Below this Dice overlap a briefing item is not the sentence, whatever the core trimmed from it.
const MIN_OVERLAP = 0.5;

/** The id of the record sentence a briefing item was taken from, or -1 when none fits. */
export function matchSentence(item: string, sentences: string[]): { id: number; kind: MatchKind } {
  const trimmed = item.trim();
  const exact = sentences.findIndex((s) => s.trim() === trimmed);
  if (exact >= 0) return { id: exact, kind: 'exact' };
  const norm = normalise(trimmed);
  const normalised = sentences.findIndex((s) => normalise(s) === norm);
  if (normalised >= 0) return { id: normalised, kind: 'normalised' };
  const tokens = rougeTokens(trimmed);
  let best = { id: -1, score: 0 };
  sentences.forEach((s, id) => {
    const score = dice(tokens, rougeTokens(s));
    if (score > best.score) best = { id, score };
  });
  return best.score >= MIN_OVERLAP ? { id: best.id, kind: 'overlap' } : { id: -1, kind: 'none' };
}

/** Sentence precision (share of picked items in the reference) and recall (share of the reference picked). */
export function sentencePR(picked: number[], reference: number[]): { precision: number; recall: number } {
  const ref = new Set(reference);
  const hits = picked.filter((id) => ref.has(id)).length;
  const found = new Set(picked.filter((id) => ref.has(id))).size;
  return {
    precision: picked.length === 0 ? 0 : hits / picked.length,
    recall: ref.size === 0 ? 0 : found / ref.size,
  };
}
