/**
 * "lost 4.9 percent in the previous session": in a market report a session is a trading day, so
 * the previous one is the weekday before the day the story last named, the next one the weekday after.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { isRelativeSpan } from './date-words.js';

// Not "the previous session of parliament": a session of something is a sitting, not a day.
const SESSION = /\bthe (previous|prior|next|following) (?:trading )?session\b(?!\s+of\b)/gi;
// Words of a market report near the phrase: without them, a session may be a parliament's term.
const MARKET =
  /%|\b(?:shares?|stocks?|index|indices|percent|points|trading|traders|markets?|futures|yen|dollar|bonds?|Dow|Nasdaq|FTSE|Nikkei)\b/i;
const SPAN = /\b(?:ago|earlier|later)\b/i;

// The weekday `step` days before (-1) or after (+1) `day`, over a weekend.
function tradingDay(day: string, step: number): string {
  let d = addDays(day, step);
  for (let w = new Date(`${d}T00:00:00Z`).getUTCDay(); w === 0 || w === 6; w = new Date(`${d}T00:00:00Z`).getUTCDay())
    d = addDays(d, step);
  return d;
}

/** Adds "the previous session", "the next session" of a market report, counted from the day last named. */
export function withSessionDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  const added: DateMention[] = [];
  let i = 0; // byStart[0..i) start before the phrase
  let previous: DateMention | undefined;
  for (let m = SESSION.exec(text); m; m = SESSION.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    for (; i < byStart.length && (byStart[i] as DateMention).start < at; i++) {
      const d = byStart[i] as DateMention;
      if (d.end <= at && !SPAN.test(d.text) && !isRelativeSpan(d.text)) previous = d;
    }
    const next = byStart[i];
    if (!previous || (next && next.start < end)) continue;
    if (!MARKET.test(text.slice(Math.max(0, at - 150), end + 80))) continue;
    const step = /^(?:previous|prior)$/i.test(m[1] ?? '') ? -1 : 1;
    const date = tradingDay(previous.date, step);
    added.push({ text: m[0], date, start: at, end, role: published === date ? 'published' : 'mention' });
  }
  return [...byStart, ...added].sort((a, b) => a.start - b.start);
}
