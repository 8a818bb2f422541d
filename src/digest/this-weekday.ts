/**
 * "The firm announced this Wednesday that…" in Thursday's paper: "this" names the weekday of the
 * current week, and a past verb puts it behind; chrono always reads "this Wednesday" as the one
 * ahead. Told in the future or present ("the vote takes place this Sunday") it stays ahead.
 */
import { addDays, daysBetween } from '../time/calendar.js';
import type { Reading } from './date-rules.js';
import type { PlaceRule } from './date-places.js';

// "this Monday", not "this past Monday" or "this coming Monday", which chrono places.
const THIS_WEEKDAY = /^this\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** A weekday named with "this" alone. */
export const isThisWeekday = (r: Reading): boolean => r.weekdayOnly && THIS_WEEKDAY.test(r.text.trim());

/**
 * "signed the deal this Monday": told in the past, the Monday behind. As with a bare weekday, a
 * past verb with tomorrow's weekday is a wire story stamped the evening before, unless the story
 * opens with its own date.
 */
export const THIS_WEEKDAY_BEHIND: PlaceRule = {
  name: 'past-this-weekday-behind',
  of: 'this-weekday',
  when: (p) => p.tense === 'past' && daysBetween(p.published, p.date) >= (p.reading.writtenThatDay ? 1 : 2),
  move: (date) => addDays(date, -7),
};
