/**
 * Weekdays that name no one day: any day of that name ("on a Monday", "any given Sunday"). The checks
 * here join the drop rules of date-rules.ts.
 */
import type { DropRule, Reading } from './date-rules.js';
import { isHolidayText } from './holidays.js';

const before = (r: Reading, n: number): string => r.sentence.slice(Math.max(0, r.index - n), r.index);
const after = (r: Reading): string => r.sentence.slice(r.index + r.text.length);

// "we plow on a Monday", "it's a Tuesday like no other", "on any given Sunday", "one Monday in May":
// an indefinite weekday is any of them (TimeML gives it no value).
const INDEFINITE = /\b(?:an?|any(?:\s+given)?|one)\s+$/i;
// …but "set a Monday deadline", "a Friday vote": the weekday qualifies a noun, and the day is the
// story's. Words after the weekday that leave it alone:
const NOT_QUALIFYING =
  /^(?:\s*$|\s*[,.;:!?)"'’”]|\s+(?:and|or|but|like|when|in|of|is|was|will|would|the|a|we|you|he|she|it|they|to|at|for|with|as|morning|afternoon|evening|night)\b)/i;

// "Tuesday Morning Corp.", "Monday Night Football", "Saturday Night Live": a part of the day written
// with a capital after a weekday makes a name. "Sunday night" and "Tuesday morning" stay days.
const NAME_WITH_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:Morning|Afternoon|Evening|Night)\b/;
// "the Mail on Sunday", "the Sun on Sunday": Sunday newspapers, whose titles end "on Sunday".
const SUNDAY_PAPER = /\b(?:Mail|Sun|Independent|Express)\s+$/;

// "open 8 a.m. to 6 p.m. Monday through Friday", "the House will sit Monday to Saturday": the working
// week, every week, not two days of one; "Monday to Friday next week" and "from Monday through Friday,
// March 21" (its end dated) name days of one week.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*';
const WORKING_WEEK = new RegExp(
  String.raw`\bMonday\s+(?:through|thru|to|until|till|-|–)\s+(?:Friday|Saturday|Sunday)\b(?!,?\s+(?:(?:of\s+)?(?:next|this|last|that)\s+week|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|${MONTH}\.?\s+\d))`,
  'gi',
);

// A time of day alone ("5 p.m.", "noon"): the end of "Friday, 9 a.m. to 5 p.m.", read apart from its day.
const TIME_ONLY = /^(?:at\s+|to\s+|until\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight)[\s,.;]*$/i;

/**
 * True when the reading overlaps a "Monday through Friday" of its sentence, or is a time of day in a
 * sentence with one: "opens Monday through Friday, 9 a.m. to 5 p.m." gives hours, every week.
 */
function inWorkingWeek(r: Reading): boolean {
  const end = r.index + r.text.length;
  const weeks = [...r.sentence.matchAll(WORKING_WEEK)];
  return (
    weeks.some((m) => m.index < end && m.index + m[0].length > r.index) || (weeks.length > 0 && TIME_ONLY.test(r.text))
  );
}

// "a service every June 6", "each March 1 the fee rises": a day of the year that comes round, like
// "every Saturday"; with a year ("every June 6, 1944") it is no longer recurring.
const EVERY = /\b(?:every|each)\s+$/i;
const HOLIDAY_ANY = /\b(?:any|one|every|each)\s+$/i;
const HOLIDAY_A = /\ban?\s+$/i;
// After "a", the holiday is any year's only as the head of its phrase ("a Christmas spent revising",
// "a Christmas like no other"): before a noun it names the one nearby ("in a Labor Day interview").
const HEAD_OF_PHRASE =
  /^(?:\s*(?:[,.;:!?)"”’]|$)|\s+(?:spent|like|of|with|without|when|that|which|in|at|on|away|to)\b|\s+\w+ed\b)/;

export const GENERIC_RULES: readonly DropRule[] = [
  {
    name: 'indefinite-weekday',
    drops: (r) =>
      r.weekdayOnly &&
      INDEFINITE.test(before(r, 12)) &&
      // "followed one on Monday", "and one on Tuesday": before "on", "one" is a pronoun, and "a" or
      // "any" qualifies no weekday ("on a Monday" reaches chrono as "Monday").
      !/^(?:an?|on)\s/i.test(r.text) &&
      // chrono keeps a comma after the weekday in its text: "Any given Sunday, anybody can win".
      (/[,;:]\s*$/.test(r.text) || NOT_QUALIFYING.test(after(r))),
  },
  {
    name: 'weekday-in-a-name',
    drops: (r) =>
      r.weekdayOnly &&
      (NAME_WITH_WEEKDAY.test(r.text) || (/^on\s+Sunday\b/i.test(r.text) && SUNDAY_PAPER.test(before(r, 14)))),
  },
  {
    name: 'recurring-day-of-year',
    drops: (r) => !r.weekdayOnly && !r.start.isCertain('year') && EVERY.test(before(r, 8)),
  },
  { name: 'working-week', drops: (r) => r.weekdayOnly && inWorkingWeek(r) },
  // "after a Christmas spent revising", "every Easter", "one Diwali": any year's, no one day.
  {
    name: 'indefinite-holiday',
    drops: (r) =>
      !r.weekdayOnly &&
      !r.start.isCertain('year') &&
      isHolidayText(r.text) &&
      (HOLIDAY_ANY.test(before(r, 16)) || (HOLIDAY_A.test(before(r, 16)) && HEAD_OF_PHRASE.test(after(r)))),
  },
];
