/**
 * British "Monday week", "a week on Friday", "next Tuesday week", "Saturday fortnight": a week (or
 * two) after the coming day of that weekday.
 */
import { addDays } from '../time/calendar.js';
import { after, before, type Reading } from './date-rules.js';
import { anyWord } from './regex-parts.js';

const NAMED_WEEK = new RegExp(anyWord(['last', 'next', 'this', 'past', 'coming']), 'i');
const WEEK_AFTER = /^\s+(?:week|fortnight)\b/i;
const A_WEEK_ON = /\ba\s+(?:week|fortnight)\s+(?:on\s+)?$/i;
// "next Tuesday week" is "Tuesday week": the "next" names no other week.
const NEXT = /^next\s/i;

/** "Saturday fortnight", "a fortnight on Thursday": two weeks on, not one. */
export const isFortnightOn = (r: Reading): boolean =>
  /^\s+fortnight\b/i.test(after(r)) || /\bfortnight\s+(?:on\s+)?$/i.test(before(r, 16));

/** A weekday a week on: "Monday week", "next Tuesday week", "a week on Friday". */
export const isWeekOn = (r: Reading): boolean =>
  r.weekdayOnly &&
  (WEEK_AFTER.test(after(r))
    ? !NAMED_WEEK.test(r.text.replace(NEXT, ''))
    : !NAMED_WEEK.test(r.text) && A_WEEK_ON.test(before(r, 12)));

/**
 * The coming day of the reading's weekday, counted from publication (chrono may read "next Tuesday"
 * as a week on already): the publication's own weekday counts, unless "next" names it.
 */
export function comingWeekday(r: Reading, published: string): string {
  const from = new Date(`${published}T00:00:00Z`).getUTCDay();
  const ahead = ((r.start.get('weekday') ?? from) - from + 7) % 7;
  return addDays(published, ahead === 0 && NEXT.test(r.text) ? 7 : ahead);
}
