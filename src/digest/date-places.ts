/**
 * The moves that place a kept reading (see date-rules.ts): a bare weekday or a yearless day goes to
 * the week or year its sentence points to. Each rule has a name, and a case and a counter-case in
 * tests/digest/date-rules.test.ts.
 */
import { addDays, daysBetween, isoOf } from '../time/calendar.js';
import { ATTRIBUTIVE_AFTER, ATTRIBUTIVE_BEFORE, CLOSE_AFTER, EVENT_AFTER, OBLIGED_UNTIL } from './date-rule-words.js';
import { after, before, isPartOfToday, type Reading } from './date-rules.js';
import { anyWord } from './regex-parts.js';
import { setsDayBefore } from './set-days.js';
import { isOn, IS_ON_BEHIND } from './is-on-days.js';
import { isForWeekday } from './for-weekday.js';
import { isDecisionDay } from './decision-days.js';
import { sentenceYear } from './sentence-years.js';
import type { Tense } from './tense.js';
import { comingWeekday, isFortnightOn, isWeekOn } from './week-on.js';
import { isThisWeekday, THIS_WEEKDAY_BEHIND } from './this-weekday.js';

/** A reading being placed: its day so far, the publication day and the tense of its clause. */
export interface Placing {
  reading: Reading;
  date: string;
  published: string;
  tense: Tense;
}

/** A move of a kept reading's day by a week or a year, when its sentence points that way. */
export interface PlaceRule {
  name: string;
  /** Which readings it places: a bare weekday, "this Monday", a weekday a week on ("Monday week"), or a day with no year or month. */
  of: 'weekday' | 'this-weekday' | 'week-on' | 'yearless' | 'monthless';
  when: (p: Placing) => boolean;
  move: (date: string, p: Placing) => string;
}

const weeks =
  (n: number) =>
  (date: string): string =>
    addDays(date, 7 * n);
const months =
  (n: number) =>
  (date: string): string => {
    const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + n, 1));
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    return isoOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), Math.min(Number(date.slice(8)), last))));
  };
const years =
  (n: number) =>
  (date: string): string =>
    `${Number(date.slice(0, 4)) + n}${date.slice(4)}`;

// "closed until Friday": a period still running.
const UNTIL_WEEKDAY = /\b(?:until|till|through)\s+$/i;
const STILL_UNTIL = /\b(?:is|are|remains?|stays?)\s+(?:\w+\s+)?(?:until|till|through)\s+$/i;
// "gave the company until Friday to find a buyer": a time granted to do something runs to the day
// ahead ("had until Saturday to sign" is gone by).
const GRANTED_UNTIL = /\b(?:gave|given|granted|allowed)\s+(?:[\w'’-]+\s+){0,4}(?:until|till)\s+$/i;
const grantedUntil = (r: Reading): boolean => GRANTED_UNTIL.test(before(r, 50)) && /^\s+to\s+[a-z]+\b/.test(after(r));
const runsOnUntil = (r: Reading): boolean =>
  STILL_UNTIL.test(before(r, 40)) || grantedUntil(r) || OBLIGED_UNTIL.test(before(r, 80));
// "adjourned the hearing to Friday": see set-days.ts.
const setsDayAhead = (r: Reading): boolean => setsDayBefore(before(r, 160), after(r));
// "runs until 30 June", "no later than 3 May", "on or before March 31": an open period ending ahead.
const UNTIL_DAY = /\b(?:until|till|through|no later than|on or before)\s+$/i;
const SINCE = /\bsince\s+$/i;
const DEADLINE_OF = /\bdeadline\s+(?:of\s+|on\s+|is\s+)?$/i;
const AHEAD_OF = /\b(?:before|ahead of)\s+$/i;
const aheadOfEvent = (r: Reading): boolean => AHEAD_OF.test(before(r, 12)) && EVENT_AFTER.test(after(r));
// "will review the Oct. 13 plunge", "will appeal the May 2 ruling": a day that names an event (the
// noun after it) is when the event was, whatever the verb of the clause says of what comes next.
const isAttributive = (r: Reading): boolean =>
  ATTRIBUTIVE_BEFORE.test(before(r, 8)) && ATTRIBUTIVE_AFTER.test(after(r));

// How far behind its nearest year a day a past verb set must fall to be next year's (about four months).
const SET_AHEAD_BEHIND = 120;

const openingYear = (p: Placing): number | null => sentenceYear(p.reading, p.published);

/**
 * Applied in order, each to the day the rules before it left. A bare weekday starts as the nearest
 * one (chrono's choice), a yearless day in the nearest year; "last", "next", "this", "past" or
 * "coming" before a weekday and a stated year are chrono's to place.
 */
export const PLACE_RULES: readonly PlaceRule[] = [
  // "is expected back for Saturday": the Saturday ahead.
  {
    name: 'future-weekday-ahead',
    of: 'weekday',
    when: (p) => p.tense === 'future' && p.date < p.published && !isDecisionDay(p.reading),
    move: weeks(1),
  },
  // "closed until Friday", "runs until 8 p.m. on Friday": a period still running ends at the Friday
  // ahead; so does a time given or owed ("gave the firm until Friday to pay", "should stay in until").
  {
    name: 'until-weekday-ahead',
    of: 'weekday',
    when: (p) =>
      p.date < p.published &&
      UNTIL_WEEKDAY.test(before(p.reading, 12)) &&
      // "is closed until": a state now, though "closed" reads as a past verb.
      (p.tense !== 'past' || runsOnUntil(p.reading)),
    move: weeks(1),
  },
  // "adjourned the hearing to Friday", "called a strike for Friday": the day a past verb sets is ahead.
  {
    name: 'set-for-weekday-ahead',
    of: 'weekday',
    when: (p) => p.date < p.published && setsDayAhead(p.reading),
    move: weeks(1),
  },
  // "ahead of Tuesday's election", "before Friday's vote": an event still to come, whatever the verb.
  {
    name: 'event-ahead-of',
    of: 'weekday',
    when: (p) => p.date < p.published && aheadOfEvent(p.reading),
    move: weeks(1),
  },
  // "face the deadline of Friday", "a deadline on Monday": a deadline not told as gone by is the one ahead.
  {
    name: 'deadline-weekday-ahead',
    of: 'weekday',
    when: (p) => p.date < p.published && p.tense !== 'past' && DEADLINE_OF.test(before(p.reading, 16)),
    move: weeks(1),
  },
  // "The vote is Tuesday", "the funeral is on Monday": what a present "is" puts on a weekday is to come
  // (gone by, it "was").
  {
    name: 'is-weekday-ahead',
    of: 'weekday',
    when: (p) => p.date < p.published && (isOn(p.reading) || isForWeekday(p.reading)),
    move: weeks(1),
  },
  // "the stock fell Thursday": the one behind. But a past verb with tomorrow's weekday is mostly a
  // wire story stamped the evening before ("headed Tuesday to…"), unless the story opens with its own
  // date (written that day); and "closed until Friday" is still running.
  {
    name: 'past-weekday-behind',
    of: 'weekday',
    when: (p) =>
      p.tense === 'past' &&
      daysBetween(p.published, p.date) >= (p.reading.writtenThatDay ? 1 : 2) &&
      !UNTIL_WEEKDAY.test(before(p.reading, 12)) &&
      !setsDayAhead(p.reading) &&
      !aheadOfEvent(p.reading) &&
      // "is closed on Thursday": "closed" is a state now, not a past verb.
      !isOn(p.reading) &&
      !isForWeekday(p.reading),
    move: weeks(-1),
  },
  // "up 2% from Friday's close", "regulators are studying Friday's 190-point drop" in Wednesday's
  // paper: a close or a day's move is reported once its day is over, so the Friday behind.
  {
    name: 'market-close-behind',
    of: 'weekday',
    when: (p) => p.date > p.published && CLOSE_AFTER.test(after(p.reading)),
    move: weeks(-1),
  },
  // "up 5% since Friday", "missing since Saturday": "since" counts from a day gone by.
  {
    name: 'since-weekday-behind',
    of: 'weekday',
    when: (p) => p.date > p.published && SINCE.test(before(p.reading, 8)),
    move: weeks(-1),
  },
  // "a walk on Monday week", "the ribbon is cut a week on Friday": a week after the coming Monday or
  // Friday (the publication's own weekday counts as the coming one), whatever the tense; "Saturday
  // fortnight", "a fortnight on Saturday": two weeks after it.
  {
    name: 'week-on-weekday',
    of: 'week-on',
    when: () => true,
    // (Counted from publication: chrono may read "next Tuesday" as a week on already.)
    move: (_, p) => weeks(1 + (isFortnightOn(p.reading) ? 1 : 0))(comingWeekday(p.reading, p.published)),
  },
  THIS_WEEKDAY_BEHIND,
  // "will be held on 3 November" in an article of 24 November: next year's. "runs until 30 June" (in
  // November): an open period ends ahead, unless the verb is past.
  {
    name: 'future-day-next-year',
    of: 'yearless',
    when: (p) =>
      p.date < p.published &&
      !isAttributive(p.reading) &&
      !isDecisionDay(p.reading) &&
      (p.tense === 'future' ||
        (UNTIL_DAY.test(before(p.reading, 20)) && p.tense !== 'past') ||
        // "results day is 12 August" in November: a schedule told in the present, long gone by this year.
        (isOn(p.reading) && daysBetween(p.date, p.published) > IS_ON_BEHIND) ||
        // "set a trial date of 15 September" in March: the day a past verb sets is ahead. (Not one a few
        // months behind: "remanded until May 12" in July was reported late, not set ten months out.)
        (setsDayAhead(p.reading) && daysBetween(p.date, p.published) > SET_AHEAD_BEHIND)),
    move: years(1),
  },
  // "was shot on Oct. 23" in an article of May: a past verb and a day five months or more ahead is
  // last year's. (Never a day the rule above moved: that one needs a tense other than past.)
  {
    name: 'past-day-last-year',
    of: 'yearless',
    // "has moved the fete to 9 August": a day a past verb sets is ahead (see set-days.ts).
    // ("results day is 12 August, the board said": a present schedule, see above.)
    when: (p) =>
      p.tense === 'past' && daysBetween(p.published, p.date) > 150 && !setsDayAhead(p.reading) && !isOn(p.reading),
    move: years(-1),
  },
  // "has risen 12% since Nov. 3" in October: the November behind.
  {
    name: 'since-day-behind',
    of: 'yearless',
    when: (p) => p.date > p.published && SINCE.test(before(p.reading, 8)),
    move: years(-1),
  },
  // "Last year, the fast began on April 13", "In 2019 polls opened on May 2": a year the sentence opens
  // with is the year of a day it gives without one; so is "of last year" written right after the day,
  // and "from next year" after it in its clause (sentence-years.ts).
  {
    name: 'year-the-sentence-opens-with',
    of: 'yearless',
    when: (p) => openingYear(p) !== null,
    move: (date, p) => `${openingYear(p)}${date.slice(4)}`,
  },
  // "will hold a final rally on the 2nd" late in May: the 2nd of the month ahead.
  {
    name: 'future-month-day-next-month',
    of: 'monthless',
    when: (p) => p.tense === 'future' && p.date < p.published,
    move: months(1),
  },
  // "the ballot closed on the 28th" early in June: the 28th of the month behind.
  {
    name: 'past-month-day-last-month',
    of: 'monthless',
    // "the game has been rearranged for the 26th": a day a past verb sets is ahead (see set-days.ts).
    when: (p) => p.tense === 'past' && p.date > p.published && !setsDayAhead(p.reading),
    move: months(-1),
  },
];

const NAMED_WEEK = new RegExp(anyWord(['last', 'next', 'this', 'past', 'coming']), 'i');
/** Which of the place rules apply to a kept reading, if any. */
export function placedAs(r: Reading): PlaceRule['of'] | null {
  if (r.published === null || isPartOfToday(r)) return null;
  if (isWeekOn(r)) return 'week-on';
  if (isThisWeekday(r)) return 'this-weekday';
  if (r.weekdayOnly) return NAMED_WEEK.test(r.text) ? null : 'weekday';
  if (!r.start.isCertain('month')) return 'monthless';
  return r.start.isCertain('year') ? null : 'yearless';
}
