/**
 * The year a sentence gives a yearless day in words: "Last year, the fast began on April 13", "In
 * 2019 polls opened on May 2", "filed May 18 of last year", "will sit exams before Christmas from next
 * year". See the place rule year-the-sentence-opens-with (date-places.ts).
 */
import type { Reading } from './date-rules.js';

const OPENING_YEAR = /^(?:last year|in (\d{4}))\b/i;
// "was filed May 18 of last year", "Jan. 1 of next year" (wire copy): the year written after the day.
const YEAR_AFTER = /^,?\s+of\s+(last|this|next)\s+year\b/i;
// "will sit exams before Christmas for the first time from next year": a change that starts next year
// puts the day of its own clause there (not "in next year's budget"; a comma ends the clause).
const FROM_NEXT_YEAR = /^[^.;:,!?]{0,60}?\b(?:from|starting|beginning)\s+next\s+year\b(?![’']s)/i;

/** The year `r`'s sentence writes for it, or null when it writes none. */
export function sentenceYear(r: Reading, published: string): number | null {
  const year = Number(published.slice(0, 4));
  const rest = r.sentence.slice(r.index + r.text.length);
  const after = YEAR_AFTER.exec(rest);
  if (after?.[1]) return year + ['last', 'this', 'next'].indexOf(after[1].toLowerCase()) - 1;
  if (FROM_NEXT_YEAR.test(rest)) return year + 1;
  const m = OPENING_YEAR.exec(r.sentence);
  if (!m || m.index + m[0].length > r.index) return null;
  return m[1] ? Number(m[1]) : year - 1;
}
