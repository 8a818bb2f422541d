/**
 * Spans of time that chrono reads as a day: a calendar week ("last week", "next week") and a length
 * of time ("for 36 hours", "sold out in four hours"). A reader sees no day in either; the checks
 * here join the drop rules of date-rules.ts.
 */
import type { DropRule } from './date-rules.js';
import { anyOf } from './regex-parts.js';
import { NUMBER_WORDS } from './date-words.js';
import { tenseNear } from './tense.js';

// "two", "24", "a few": how many units a period counts.
const COUNT = anyOf([...NUMBER_WORDS, 'a few', 'several', String.raw`\d+`]);

// "last week", "next week", "the past week", "the next three days", "the past 24 hours": chrono puts
// the day a week (or the span) away, but the story names a whole week or a stretch of days
// (TimeML: a week, a duration). "on Tuesday last week" names its weekday and is read elsewhere.
const PERIOD = new RegExp(
  String.raw`^(?:last|next|past|coming)\s+(?:(?:${COUNT})\s+)?(?:weeks?|fortnight|days|hours)$`,
  'i',
);

// "snow fell for 36 hours", "closed for a week", "queues grew for a second day": chrono counts the
// span from publication ("in 36 hours"), but "for" gives how long, not when.
const FOR_A_LENGTH = /^for\s/i;
// "tickets sold out in four hours", "met twice in one day": in a past clause "in" a span is how long
// it took; "the ferry sails in two days" is still a day ahead.
const IN_A_SPAN = /^in\s/i;

// "125,000 years ago": chrono reads only the digits after the comma ("000 years ago", which is today)
// or the whole number, a span too long to land in a day. Either way no day is named.
const PART_OF_A_NUMBER = /\d[,.]$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+\s/;

export const SPAN_RULES: readonly DropRule[] = [
  {
    name: 'week-or-period',
    drops: (r) => r.relative && PERIOD.test(r.text.trim()),
  },
  {
    name: 'length-of-time',
    drops: (r) =>
      r.relative &&
      (FOR_A_LENGTH.test(r.text.trim()) ||
        (IN_A_SPAN.test(r.text.trim()) && tenseNear(r.sentence, r.index, r.index + r.text.length) === 'past')),
  },
  {
    name: 'part-of-a-number',
    drops: (r) =>
      r.relative &&
      (THOUSANDS.test(r.text) || (/^\d/.test(r.text) && PART_OF_A_NUMBER.test(r.sentence.slice(0, r.index)))),
  },
];
