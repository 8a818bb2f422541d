import { type Sentence, textBefore } from './sentences.js';

// "For fiscal 1991, which ends Dec. 31", "the quarter ending June 30", "its financial year ends on 31
// March": the last day of an accounting period. Results are reported for it, weeks later; nothing the
// story is about happens on it, so it is no day to count down to (it stays among the dates).
const PERIOD = /\b(?:fiscal|financial\s+year|tax\s+year|accounting\s+(?:year|period)|quarter|half-year)\b/i;
const ENDS_BEFORE = /\b(?:ends?|ending|closes|closing)\s+(?:on\s+)?$/i;
// How far before the day the period must be named: "fiscal 1991, which ends".
const REACH = 60;

/** Whether the day is named as the end of a fiscal year, quarter or half. */
export function endsAccountingPeriod(s: Sentence | undefined, d: { start: number; end: number }): boolean {
  if (!s) return false;
  const before = textBefore(s, d, REACH);
  return ENDS_BEFORE.test(before) && PERIOD.test(before);
}
