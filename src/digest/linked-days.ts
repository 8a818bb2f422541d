/**
 * The days a story names by reference to another: "that day", "the next morning", "the previous
 * session", "two days later", "the Friday after", "the day after the vote".
 */
import type { DateMention } from './types.js';
import { withThatYear } from './that-year.js';
import { mergeNextYear, withDayBefore, withSameDay } from './date-links.js';
import { withSpanFromDay } from './span-later.js';
import { withWeekdayFrom } from './weekday-from.js';
import { withEventDay } from './event-days.js';
import { withSessionDay } from './session-days.js';
import { withApposedDay } from './apposed-days.js';
import { MAX_DATES } from './date-words.js';
import { withQuotedDays } from './quoted-days.js';
import { withOrdinalDay } from './ordinal-days.js';

/** The dates read from the text, with those counted from them added. */
export function withLinkedDays(text: string, out: DateMention[], published: string | null): DateMention[] {
  // "the next morning … at noon that day": the day before or after is found first, so that "that day"
  // after it is its day.
  const beside = withSessionDay(
    text,
    withDayBefore(
      text,
      withThatYear(text, mergeNextYear(text, withQuotedDays(text, out, published), published)),
      published,
    ),
    published,
  );
  const linked = withSameDay(text, beside, published);
  const counted = withWeekdayFrom(text, withSpanFromDay(text, linked, published), published);
  // The days counted from others are held to the same first 500 as the days read (in text order).
  const apposed = withApposedDay(text, withEventDay(text, counted, published), published);
  return withOrdinalDay(text, apposed, published).slice(0, MAX_DATES);
}
