/**
 * Spans of time that chrono reads as a day though a reader sees none; the checks here join the drop
 * rules of date-rules.ts. A calendar week ("last week") and a length of time ("for 36 hours") were
 * tried here too and dropped: each cost held-out figures (README, Quality).
 */
import type { DropRule } from './date-rules.js';

// "125,000 years ago": chrono reads only the digits after the comma ("000 years ago", which is today)
// or the whole number, a span too long to land in a day. Either way no day is named.
const PART_OF_A_NUMBER = /\d[,.]$/;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+\s/;

// "three league games in eight days", "40 miles in two days": a count of things done within a span
// says how fast, not when. ("will sail again in 10 days" is still a day.)
const COUNT_WORDS = [
  String.raw`\d+`,
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'several',
];
const COUNTED_THINGS = new RegExp(String.raw`\b(?:${COUNT_WORDS.join('|')})\s+(?:[\w'’-]+\s+){0,2}?[a-z]+s\s+$`, 'i');

// "close for two weeks from 17 March", "runs for three days starting Friday": a length that starts on a
// day the sentence names. chrono reads "for two weeks" as two weeks after publication.
const STARTS_ON = /^,?\s+(?:from|starting|beginning|commencing)\s+(?:on\s+|from\s+)?\S/i;

// "lost 6 percent in the past two weeks", "over the last three days", "the past week was": the
// stretch of time up to publication, not the day it began. ("last week" alone stays: README, Quality.)
const STRETCH =
  /^(?:past|last|previous)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|several)\s+)?(?:days?|weeks?|fortnight)$/i;
const INTO_THE = /\bthe\s+$/i;

export const SPAN_RULES: readonly DropRule[] = [
  {
    name: 'stretch-up-to-now',
    drops: (r) =>
      r.relative && STRETCH.test(r.text.trim()) && INTO_THE.test(r.sentence.slice(Math.max(0, r.index - 16), r.index)),
  },
  {
    name: 'length-from-a-day',
    drops: (r) => r.relative && /^for\s/i.test(r.text) && STARTS_ON.test(r.sentence.slice(r.index + r.text.length)),
  },
  {
    name: 'count-in-a-span',
    drops: (r) =>
      r.relative &&
      /^(?:in|within)\s/i.test(r.text) &&
      COUNTED_THINGS.test(r.sentence.slice(Math.max(0, r.index - 60), r.index)),
  },
  {
    name: 'part-of-a-number',
    drops: (r) =>
      r.relative &&
      (THOUSANDS.test(r.text) || (/^\d/.test(r.text) && PART_OF_A_NUMBER.test(r.sentence.slice(0, r.index)))),
  },
];
