/**
 * "Results come out on 18 August, and a week later for the younger pupils": a span later than a day
 * its sentence has just named counts from that day. (Alone, "three weeks later" names no day: see the
 * narrative-span rule of date-rules.ts.)
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { NUMBER_WORDS } from './date-words.js';
import { isRelativeSpan } from './date-words.js';

const LATER = new RegExp(
  String.raw`\b(an?|${NUMBER_WORDS.join('|')}|\d{1,2})\s+(days?|weeks?)\s+(later|earlier)\b(?!\s+than\b)`,
  'gi',
);
// "a week later than planned" compares, and names no day.
// Between the day and the span: no sentence's end, and not so far that another clause took over.
const NEW_SENTENCE = /[.!?]["”’]?\s+["“‘]?[A-Z]/;
const REACH = 80;

/** Adds "a week later", "two days earlier" counted from the day the same sentence named just before. */
export function withSpanFromDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const out = [...dates];
  for (let m = LATER.exec(text); m; m = LATER.exec(text)) {
    const at = m.index;
    if (out.some((d) => d.start < at + m[0].length && at < d.end)) continue;
    const last = out.filter((d) => d.end <= at && !isRelativeSpan(d.text)).sort((a, b) => b.end - a.end)[0];
    if (!last || at - last.end > REACH || NEW_SENTENCE.test(text.slice(last.end, at + 1))) continue;
    const word = (m[1] ?? '').toLowerCase();
    const n = /^\d/.test(word) ? Number(word) : word.startsWith('a') ? 1 : NUMBER_WORDS.indexOf(word) + 1;
    const days = n * ((m[2] ?? '').toLowerCase().startsWith('week') ? 7 : 1);
    const date = addDays(last.date, (m[3] ?? '').toLowerCase() === 'later' ? days : -days);
    const role = published === date ? 'published' : 'mention';
    out.push({ text: m[0], date, start: at, end: at + m[0].length, role });
  }
  return out.sort((a, b) => a.start - b.start);
}
