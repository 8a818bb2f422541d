/**
 * How dates are written: the words chrono reads as dates, and the checks that tell a date a reader
 * would see from a number or a word chrono merely can read as one.
 */
import { anyOf, anyWord } from './regex-parts.js';
import { ORDINAL_DAY } from './month-days.js';
import { SHORT_WEEKDAY } from './short-forms.js';

const MONTHS = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
];
const MONTH = new RegExp(anyWord(MONTHS), 'i');

// "first" to "ninth" also follow "twenty-" and "thirty-".
const UNIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const OTHER_ORDINALS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'thirtieth',
];
const ORDINAL_WORD = new RegExp(
  [String.raw`\b(?:(?:twenty|thirty)[- ])?${anyOf(UNIT_ORDINALS)}\b`, anyWord(OTHER_ORDINALS)].join('|'),
  'i',
);

/** A day of the week, whole. */
export const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * What chrono reads together with the day after it, and loses the day by: "night of Oct. 23" and
 * "the night on Monday" are tonight, "11 on 14 April" is 11 o'clock, "this week, on Tuesday" the
 * week's first day, its weekday gone. The day after it is read alone.
 */
export const LEAD_BEFORE_DAY =
  /^(?:(?:the\s+)?(?:night|morning|evening|afternoon)\s+o[fn]|\d{1,2}\s+on|this\s+(?:week|month),?\s+on)\s+/i;

// "last night": the evening before the publication day, which chrono reads as that day.
const CASUAL_DAYS = ['today', 'yesterday', 'tomorrow', 'tonight', 'last night'];
/** "this morning", "this evening": a part of the publication day, which chrono leaves without a certain day. */
export const PART_OF_TODAY = /\bthis\s+(?:morning|afternoon|evening)\b/i;
const SPANS = ['days?', 'weeks?', 'months?', 'years?', 'fortnight'];
const COUNTED = ['ago', 'later', 'earlier', 'from now', 'before', 'after'];
// "yesterday", "three weeks ago": a day named in words, not in figures.
const CASUAL_DAY = new RegExp(
  [anyWord(CASUAL_DAYS), String.raw`\b${anyOf(SPANS)}\s+${anyOf(COUNTED)}\b`, PART_OF_TODAY.source].join('|'),
  'i',
);

// "3/4", "2 1/2": fractions, not days.
const FRACTION = /^\d{1,2}\/\d{1,2}$/;
const MIXED_FRACTION = /\b\d+\s+\d+\/\d+\b/;
// Numeric dates need a year or separators on both sides: 2024-11-24, 11/24/2024, 24.11.2024.
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/;

/** Expressions that chrono reads as dates but a reader would not: fractions, "Sun" of Sun Microsystems, "now". */
const TIME_ON = /^(?:at\s+)?(?:midnight|noon|midday|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+on\s+/i;

export function looksLikeDate(t: string): boolean {
  if (FRACTION.test(t.trim()) || MIXED_FRACTION.test(t)) return false;
  if (WEEKDAY.test(t) || SHORT_WEEKDAY.test(t) || CASUAL_DAY.test(t)) return true;
  // "on the 6th", "the 30th and 31st": a day of the month whose month the sentence or the publication
  // gives; "at midnight on the 16th", "8 p.m. on the 3rd": chrono reads the time with it.
  if (
    ORDINAL_DAY.test(t.trim().replace(TIME_ON, '')) ||
    /^the\s+\d{1,2}(?:st|nd|rd|th)\s+(?:and|or)\s+\d{1,2}(?:st|nd|rd|th)$/i.test(t.trim())
  )
    return true;
  if (MONTH.test(t) && /\d/.test(t)) return true;
  // "March eighth", "the twenty-first of May": a day written out in words.
  if (MONTH.test(t) && ORDINAL_WORD.test(t)) return true;
  return NUMERIC_DATE.test(t);
}

const UNITS = [
  'seconds?',
  'minutes?',
  'mins?',
  'hours?',
  'hrs?',
  'days?',
  'weeks?',
  'months?',
  'years?',
  'quarters?',
  'qtrs?',
  'fortnights?',
  'decades?',
  'mo',
  'w',
  'd',
];
const UNIT = new RegExp(String.raw`\b(?:\d+(?:\.\d+)?\s*)?${anyOf(UNITS)}\b`, 'i');
/** Numbers written as words, as spans of time count them ("two days", "ten weeks"). */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const AMOUNTS = [
  'an?',
  ...NUMBER_WORDS,
  'eleven',
  'twelve',
  'few',
  'several',
  'half',
  'next',
  'last',
  'past',
  'coming',
];
const AMOUNT = new RegExp(String.raw`\d|${anyWord(AMOUNTS)}`, 'i');

/** "in 5 days", "three weeks ago", "next week", "within half an hour": a span of time counted from the publication. */
export function isRelativeSpan(t: string): boolean {
  // "the day before last Tuesday" counts from a day it names: a day, not a span.
  return UNIT.test(t) && AMOUNT.test(t) && !NAMED_DAY.test(t);
}

const NAMED_DAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/**
 * The most days a digest reads in one article. A story names a few dozen at most (15 in the longest
 * of 196 review articles); text that names thousands ("tomorrow tomorrow …", a dumped calendar) is
 * read only this far, so its digest, built on the main thread, costs no more than news of its length.
 */
export const MAX_DATES = 500;

/**
 * The most expressions chrono may find in one article, kept or not (80 in the longest eval article).
 * Text of what chrono reads and the rules drop ("at 5 at 5 …", "Orthodox Christmas" over and over)
 * never reaches MAX_DATES: 110,000 characters of it took 0.4–1 s, and take 0.1–0.4 s with this.
 */
export const MAX_READINGS = 1_000;
