import * as chrono from 'chrono-node';
import type { DateMention, DateRole } from './types.js';
import type { Sentence } from './sentences.js';
import { addDays, isoOf } from './calendar.js';

const FUTURE = /\b(?:will|shall|won't|'ll|going to|is to|are to|scheduled|schedule|plans?|planned|expected|due|upcoming|next|set to|slated|deadline|until|by)\b/i;
const PAST = /\b(?:was|were|had|did|said|says|struck|took|made|came|went|gave|told|left|began|won|lost|met|held|saw|fell|rose|ago|last|earlier|\w{2,}ed)\b/i;
const DEADLINE = /\b(?:by|until|till|before|no later than|deadline|ultimatum|expires?|cut-?off)\b[^.;]{0,25}$/i;
const EVENT =
  /\b(?:scheduled|set for|due|planned|expected|slated|will be held|inaugurat\w*|summit|election|vote|referendum|hearing|trial|launch|meeting|conference|ceremony|talks|deadline)\b/i;

/**
 * Every full-day date expression in the text, resolved against the publication day (not today).
 * Month-day dates without a year, and weekdays, are placed by the tense of their sentence.
 */
export function extractDates(text: string, sentences: Sentence[], published: string | null, refTime = '12:00:00'): DateMention[] {
  // With no publication date, relative dates cannot be resolved: only dates that carry their year are kept.
  const ref = new Date(`${published ?? '2000-01-01'}T${refTime}Z`);
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const r of chrono.parse(s.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const m = resolve(s, r, published);
      if (m) out.push(m);
    }
  }
  return mergeNextYear(text, out, published);
}

function resolve(s: Sentence, r: chrono.ParsedResult, published: string | null): DateMention | null {
  const c = r.start;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  if (!c.isCertain('day') && !weekdayOnly) return null;
  const relative = !c.isCertain('year') || weekdayOnly;
  // Without a publication date only an expression that states its year can be resolved.
  if (published === null && !/\b\d{4}\b/.test(r.text)) return null;
  let date = isoOf(new Date(Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1)));
  const before = s.text.slice(0, r.index);
  if (published !== null && relative && !/\b(?:ago|yesterday|tomorrow|today|tonight|last|next|this|later|earlier)\b/i.test(r.text)) {
    const tense = tenseOf(s.text);
    if (weekdayOnly) {
      if (tense === 'future' && date < published) date = addDays(date, 7);
      if (tense === 'past' && date > published) date = addDays(date, -7);
    } else if (!c.isCertain('year')) {
      if (tense === 'future' && date < published) date = shiftYear(date, 1);
      if (tense === 'past' && date > published) date = shiftYear(date, -1);
    }
  }
  const start = s.start + r.index;
  return { text: r.text, date, start, end: start + r.text.length, role: roleOf(date, published, before, s.text) };
}

function tenseOf(sentence: string): 'past' | 'future' | 'unknown' {
  if (/\b(?:will|shall|'ll|going to|scheduled|slated|due to|expected to|set to|plans? to)\b/i.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  if (FUTURE.test(sentence)) return 'future';
  return 'unknown';
}

function roleOf(date: string, published: string | null, before: string, sentence: string): DateRole {
  if (published !== null && date === published) return 'published';
  if (published !== null && date < published) return 'mention';
  if (DEADLINE.test(before)) return 'deadline';
  if (EVENT.test(sentence)) return 'event';
  return 'mention';
}

function shiftYear(day: string, n: number): string {
  return `${String(Number(day.slice(0, 4)) + n).padStart(4, '0')}${day.slice(4)}`;
}

// chrono splits "20 January next year" into a day and a year: join them, and take the year from the publication date.
function mergeNextYear(text: string, dates: DateMention[], published: string | null): DateMention[] {
  return dates.map((d) => {
    const tail = /^,?\s+(next|last|this) year\b/i.exec(text.slice(d.end));
    if (!tail || published === null) return d;
    const year = Number(published.slice(0, 4)) + (tail[1]?.toLowerCase() === 'next' ? 1 : tail[1]?.toLowerCase() === 'last' ? -1 : 0);
    const end = d.end + tail[0].length;
    return { ...d, text: text.slice(d.start, end), end, date: `${year}${d.date.slice(4)}` };
  });
}
