/**
 * "the Friday after Thanksgiving", "the Sunday before the March 3 primary": a weekday counted from the
 * day named right after it, not the one nearest the publication date.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// The weekday alone, as chrono found it ("Friday", "on Friday").
const BARE_WEEKDAY = /^(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day$/i;
// "the Friday" right before it: "stores open Friday after the parade" is that Friday, read by tense.
const THE_BEFORE = /\bthe\s+$/i;
// Between the weekday and the day it counts from: "after", "before", and an optional "the".
const LINK = /^\s+(after|before)\s+(?:the\s+)?$/i;

/** Moves "the Friday after <day>" to the first Friday after that day, "the Sunday before <day>" to the last before it. */
export function withWeekdayFrom(text: string, dates: DateMention[], published: string | null): DateMention[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    const day = BARE_WEEKDAY.exec(d.text)?.[1];
    if (!day || !next || next.start - d.end > 16) return d;
    const link = LINK.exec(text.slice(d.end, next.start));
    if (!link || !THE_BEFORE.test(text.slice(Math.max(0, d.start - 5), d.start))) return d;
    const want = WEEKDAYS.findIndex((w) => w.startsWith(day.toLowerCase()));
    const from = new Date(`${next.date}T00:00:00Z`).getUTCDay();
    const after = (link[1] ?? '').toLowerCase() === 'after';
    // At least one day away: "the Thursday after Thanksgiving" is a week on.
    const gap = after ? (want - from + 7) % 7 || 7 : -((from - want + 7) % 7 || 7);
    const date = addDays(next.date, gap);
    return { ...d, date, role: date === published ? 'published' : d.role === 'published' ? 'mention' : d.role };
  });
}
