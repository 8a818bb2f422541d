import nlp from 'compromise';
import type { PredictedQuote } from './quote-measures.js';

interface QuotationJson {
  text: string;
  offset: { start: number; length: number };
}

/** How many quotations had to fall back to compromise's own offset arithmetic. */
export const compromiseStats = { quotations: 0, unlocated: 0 };

/**
 * compromise 14's `quotations()` (a mark-pair finder within one sentence) as spans of `text`.
 * Its offset starts at the first word, after the opening mark, and its text includes the marks,
 * so the span is found by searching for the text near that offset.
 */
export function compromiseQuotes(text: string): PredictedQuote[] {
  const found = nlp(text).quotations().json({ offset: true }) as QuotationJson[];
  return found.map((q) => {
    compromiseStats.quotations++;
    const needle = q.text.trim();
    const at = needle ? text.indexOf(needle, Math.max(0, q.offset.start - 50)) : -1;
    if (at >= 0 && Math.abs(at - q.offset.start) <= 50) return { start: at, end: at + needle.length, speaker: null };
    compromiseStats.unlocated++;
    const start = Math.max(0, q.offset.start - 1);
    return { start, end: Math.min(text.length, start + q.offset.length), speaker: null };
  });
}
