/**
 * "Today is the eighth day of the strike", "Tuesday was the third day of protests": the ordinal day
 * a copula puts after a day the story named is that same day.
 */
import type { DateMention } from './types.js';

// The day's own mention ends right before it; the ordinal is one word or digits, "last" or "final".
const IS_NTH_DAY =
  /^\s*,?\s*(?:is|was|will\s+be|marks|marked|became|becomes)\s+(?:the\s+)?((?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,3}(?:st|nd|rd|th)|last|final)\s+(?:straight\s+|consecutive\s+|full\s+)?day)\b/i;

/** Adds "the eighth day" after "today is" or "Tuesday was": the day just named. */
export function withOrdinalDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const added: DateMention[] = [];
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  for (const [i, d] of byStart.entries()) {
    const m = IS_NTH_DAY.exec(text.slice(d.end, d.end + 60));
    if (!m?.[1]) continue;
    const start = d.end + m[0].length - m[1].length;
    const end = start + m[1].length;
    const next = byStart[i + 1];
    if (next && next.start < end) continue;
    added.push({ text: m[1], date: d.date, start, end, role: published === d.date ? 'published' : 'mention' });
  }
  return [...byStart, ...added].sort((a, b) => a.start - b.start);
}
