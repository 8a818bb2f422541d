/**
 * "the Friday after Thanksgiving", "the Sunday before the March 3 primary": a weekday counted from the
 * day named right after it, not the one nearest the publication date; "the Saturday before election day"
 * from the day the story gave the election.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { eventWords, tellsEvent } from './event-days.js';
import { isRelativeSpan } from './date-words.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// The weekday alone, as chrono found it ("Friday", "on Friday").
const BARE_WEEKDAY = /^(?:on\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day$/i;
// "the Friday" right before it: "stores open Friday after the parade" is that Friday, read by tense.
const THE_BEFORE = /\bthe\s+$/i;
// Between the weekday and the day it counts from: "after", "before", and an optional "the".
const LINK = /^\s+(after|before)\s+(?:the\s+)?$/i;

// "the Saturday before election day", "the Monday after the vote": an event, not a day, after the link.
// Its article or "day" keeps "the Monday before last" out.
const EVENT_LINK =
  /^\s+(after|before)\s+(?:(?:the|his|her|their|its)\s+((?:[A-Z][\w'’-]*\s+){0,2})([a-z]{3,})\b|()([a-z]{3,})\s+day\b)/;

// The day the story gave that event earlier ("called an election for April 19"), if any.
function eventDay(text: string, earlier: DateMention[], link: RegExpExecArray): string | undefined {
  const words = eventWords(link[3] ?? link[5] ?? '', link[2] ?? '');
  return earlier.findLast((e) => !isRelativeSpan(e.text) && tellsEvent(text, e, words))?.date;
}

/** Moves "the Friday after <day>" to the first Friday after that day, "the Sunday before <day>" to the last before it. */
export function withWeekdayFrom(text: string, dates: DateMention[], published: string | null): DateMention[] {
  return dates.map((d, i) => {
    const next = dates[i + 1];
    const day = BARE_WEEKDAY.exec(d.text)?.[1];
    if (!day || !THE_BEFORE.test(text.slice(Math.max(0, d.start - 5), d.start))) return d;
    const near = next && next.start - d.end <= 16 ? LINK.exec(text.slice(d.end, next.start)) : null;
    const link = near ?? EVENT_LINK.exec(text.slice(d.end, d.end + 60));
    const base = near ? next?.date : link ? eventDay(text, dates.slice(0, i), link) : undefined;
    if (!link || !base) return d;
    const want = WEEKDAYS.findIndex((w) => w.startsWith(day.toLowerCase()));
    const from = new Date(`${base}T00:00:00Z`).getUTCDay();
    const after = (link[1] ?? '').toLowerCase() === 'after';
    // At least one day away: "the Thursday after Thanksgiving" is a week on.
    const gap = after ? (want - from + 7) % 7 || 7 : -((from - want + 7) % 7 || 7);
    const date = addDays(base, gap);
    return { ...d, date, role: date === published ? 'published' : d.role === 'published' ? 'mention' : d.role };
  });
}
