/**
 * The rules that decide what a date chrono found means in the story: the checks that drop a reading
 * (each names no day a reader would see); the moves that place a kept one are in date-places.ts.
 * Each rule has a name, and a case and a counter-case in tests/digest/date-rules.test.ts.
 */
import type * as chrono from 'chrono-node';
import { looksLikeDate, isRelativeSpan, PART_OF_TODAY } from './date-words.js';
import { isHolidayText } from './holidays.js';
import { isNotADate } from './not-dates.js';
import { anyWord } from './regex-parts.js';
import { HOLIDAY_NOUN, WEEKDAY_NOUN } from './date-rule-words.js';
import { clauseAround, tenseNear } from './tense.js';
import { SPAN_RULES } from './date-spans.js';
import { GENERIC_RULES } from './generic-days.js';

/** One date chrono found, as the rules see it. */
export interface Reading {
  /** The sentence it sits in; `text` starts at `index` in it. */
  sentence: string;
  index: number;
  text: string;
  /** The range `text` is one end of ("March 3 to 5" for "5"); else `text`. */
  range: string;
  start: chrono.ParsedComponents;
  /** Read by chrono's relative-date parser: "in 5 days", "a year ago", "last Friday". */
  relative: boolean;
  /** A weekday with no day of the month: "on Friday". */
  weekdayOnly: boolean;
  published: string | null;
  /** The story opens with its own date written out, so it was written that day (own-dateline.ts). */
  writtenThatDay?: boolean;
}

/** A check that drops a reading: it names no full day of the story. */
export interface DropRule {
  name: string;
  drops: (r: Reading) => boolean;
}

/** The text right after the reading, to the end of its sentence. */
export const after = (r: Reading): string => r.sentence.slice(r.index + r.text.length);
/** Up to `n` characters right before the reading. */
export const before = (r: Reading, n: number): string => r.sentence.slice(Math.max(0, r.index - n), r.index);

// "a year ago", "three months earlier": counted from the publication day, so the day is known.
const COUNTED_WORDS = ['ago', 'earlier', 'later', 'before', 'after', 'from now', 'hence'];
const COUNTED = new RegExp(anyWord(COUNTED_WORDS), 'i');
const isCountedSpan = (r: Reading): boolean => r.relative && COUNTED.test(r.text);
export const isPartOfToday = (r: Reading): boolean => PART_OF_TODAY.test(r.text) && !r.start.isCertain('month');

const WEEKLY_AFTER =
  /^,?\s+(?:(?:and|or|to|until|till|through|-|–)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?(?:every|each)\s+(?:other\s+)?week\b/i;

// "fell 3% in Tuesday trading", "during early Monday trading": a market's session on that day. Only
// a weekday's: "in Sunday trading" is mostly shops open on Sundays, any week ("most of their business
// in Sunday trading"); nor "Tuesday trading hours", "Sunday trading laws".
const IN_TRADING = /\b(?:in|during)\s+(?:(?:early|late|heavy|light|thin|volatile)\s+)?$/i;
const inDaysTrading = (r: Reading): boolean =>
  !/(?:satur|sun)day/i.test(r.text) &&
  IN_TRADING.test(before(r, 24)) &&
  /^\s+(?:trading|session)\b(?!\s+(?:hours|laws?|rules)\b)/i.test(after(r));

// A superlative and up to four words with no verb between it and the span ("its biggest test comes in
// two weeks" is a day ahead).
const SUPERLATIVE_BEFORE =
  /\b(?:highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|longest|sharpest|steepest|heaviest|deepest|fastest|slowest|greatest|most|least)\s+(?:(?!(?:will|would|is|are|was|were|be|to|can|could|should|may|might|must|comes?|arrives?|begins?|starts?|ends?|opens?|expires?|lands?|happens?|takes?)\b)[\w'’,-]+\s+){0,4}$/i;
const FOUR_DIGITS = /\b\d{4}\b/;
const NAMED_WEEK = /^(?:last|next|this|past|coming)\s+week$/i;

function tenseInOwnClause(r: Reading): string {
  const { start, end } = clauseAround(r.sentence, r.index, r.index + r.text.length);
  return tenseNear(r.sentence.slice(start, end), r.index - start, r.index - start + r.text.length);
}
const pastInOwnClause = (r: Reading): boolean => tenseInOwnClause(r) === 'past';

/** Applied in order; the first that drops a reading ends it. */
export const DROP_RULES: readonly DropRule[] = [
  // "in March", "next year": chrono is unsure of the day, and it is no weekday and no counted span.
  // ("this morning" is a part of the publication day.)
  {
    name: 'no-day',
    drops: (r) => !r.start.isCertain('day') && !r.weekdayOnly && !isCountedSpan(r) && !isPartOfToday(r),
  },
  // "Sunday hours", "Saturday editions": a weekday used as an adjective names no day. A comma read
  // with the weekday ends it: "on Monday, hours before he left" is Monday.
  {
    name: 'weekday-as-adjective',
    drops: (r) => r.weekdayOnly && !/[,;:]\s*$/.test(r.text) && WEEKDAY_NOUN.test(after(r)) && !inDaysTrading(r),
  },
  // "the Easter egg hunt on 12 April", "Christmas lights": a holiday used as an adjective names no day.
  { name: 'holiday-as-adjective', drops: (r) => isHolidayText(r.text) && HOLIDAY_NOUN.test(after(r)) },
  // "Every Saturday at 6am", "each Monday": a weekday that comes round names no one day.
  {
    name: 'recurring-weekday',
    drops: (r) =>
      r.weekdayOnly &&
      (/\b(?:every|each)\s+(?:other\s+)?$/i.test(before(r, 14)) ||
        // "from Monday to Thursday each week", "held every week on Saturday": the week comes round.
        WEEKLY_AFTER.test(after(r)) ||
        /\b(?:every|each)\s+week,?\s+(?:on\s+)?$/i.test(before(r, 20))),
  },
  // "on a Monday", "any given Sunday": see generic-days.ts.
  ...GENERIC_RULES,
  // "Three weeks later the firm collapsed": a span later or earlier than a moment of the story, not
  // of publication; with nothing named to count from, it gives no day.
  {
    name: 'narrative-span',
    drops: (r) =>
      r.relative && /\b(?:days?|weeks?|fortnights?|months?|years?)\s+(?:later|earlier)$/i.test(r.text.trim()),
  },
  // "He was freed after 12 years in prison": in a past clause, "after" a span says how long, not when
  // ("The talks will resume after 43 days" stays a day).
  {
    name: 'past-span-after',
    drops: (r) =>
      r.relative &&
      /^after\s/i.test(r.text.trim()) &&
      tenseNear(r.sentence, r.index, r.index + r.text.length) === 'past',
  },
  // "Last year's tickets sold out in two days", "built the bridge in six weeks": in a past clause, "in"
  // a span says how fast, not when ("The results will be known in two days" stays a day). Its own
  // clause: "Heading into the first debate in 10 days, Sanders told…" is a day.
  {
    name: 'past-span-in',
    drops: (r) => r.relative && /^(?:in|within)\s/i.test(r.text.trim()) && pastInOwnClause(r),
  },
  // "its highest close in two weeks", "the worst day for airlines in three days": after a superlative
  // "in" a span says how far back the record reaches, not when, unless told ahead: "its biggest test
  // comes in two weeks", "the highest in two days will come" are days ahead.
  {
    name: 'superlative-span-in',
    drops: (r) =>
      r.relative &&
      /^(?:in|within)\s/i.test(r.text.trim()) &&
      SUPERLATIVE_BEFORE.test(before(r, 60)) &&
      tenseInOwnClause(r) !== 'future',
  },
  // "125,000 years ago": see date-spans.ts.
  ...SPAN_RULES,
  // "3/4", "Sun" of Sun Microsystems, "now": chrono reads them as dates; a reader would not.
  {
    name: 'not-written-as-a-date',
    drops: (r) => !looksLikeDate(r.range) && !isHolidayText(r.text) && !(r.relative && isRelativeSpan(r.text)),
  },
  // "USA Today", "two days before the vote": see not-dates.ts.
  { name: 'no-day-of-the-story', drops: (r) => isNotADate(r.sentence, r.index, r.text) },
  // "next week's election", "last week's crash": an event in a named week, on a day the phrase does not
  // give (chrono takes a week from publication). An adverb ("will meet next week") is left to chrono.
  { name: 'event-of-a-named-week', drops: (r) => NAMED_WEEK.test(r.text.trim()) && /^['’]s\s/.test(after(r)) },
  // Without a publication date only an expression that states its year can be resolved.
  { name: 'no-year-to-resolve-against', drops: (r) => r.published === null && !FOUR_DIGITS.test(r.text) },
  // A day is written YYYY-MM-DD: a year outside 1000–9999 does not fit.
  {
    name: 'year-out-of-range',
    drops: (r) => {
      const year = r.start.get('year') ?? 0;
      return year < 1000 || year > 9999;
    },
  },
];
