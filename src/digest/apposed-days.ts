/**
 * "approved the cuts on Thursday, the day after three people were killed", "on Feb. 27, the day
 * before his resignation takes effect", "on Oct. 12, the day before the crash": set off by a comma
 * right after a day, "the day after" and a clause or an event renames that day; what follows has no
 * day of its own to count from here. (Not set off, "the day after the holiday" counts from the
 * holiday's day: see event-days.ts.)
 */
import type { DateMention } from './types.js';
import { PHRASE_ENDERS } from './date-rule-words.js';

// Words that would make the phrase stand alone, not start a clause or an event's noun phrase.
const NOT_A_CLAUSE = [...PHRASE_ENDERS, 'of'];
const APPOSED = new RegExp(
  String.raw`\bthe (?:day|night|evening|morning|afternoon) (?:before|after)(?=\s+(?!(?:${NOT_A_CLAUSE.join('|')})\b)[a-z])`,
  'g',
);
const COMMA_BETWEEN = /^\s*,?\s*$/;

/** Adds "the day after <clause>" set off by a comma after a day: that same day. */
export function withApposedDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  const added: DateMention[] = [];
  let before = 0; // byStart[0..before) start before the phrase
  for (let m = APPOSED.exec(text); m; m = APPOSED.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    while (before < byStart.length && (byStart[before] as DateMention).start < at) before++;
    const next = byStart[before];
    const last = byStart[before - 1];
    if (!last || (next && next.start < end) || last.end > at) continue;
    const gap = text.slice(last.end, at);
    // The comma may have been read with the day ("on Thursday,").
    if (!COMMA_BETWEEN.test(gap) || !(gap.includes(',') || /,\s*$/.test(last.text))) continue;
    added.push({
      text: m[0],
      date: last.date,
      start: at,
      end,
      role: published === last.date ? 'published' : 'mention',
    });
  }
  return [...byStart, ...added].sort((a, b) => a.start - b.start);
}
