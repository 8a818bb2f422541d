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

export const SPAN_RULES: readonly DropRule[] = [
  {
    name: 'part-of-a-number',
    drops: (r) =>
      r.relative &&
      (THOUSANDS.test(r.text) || (/^\d/.test(r.text) && PART_OF_A_NUMBER.test(r.sentence.slice(0, r.index)))),
  },
];
