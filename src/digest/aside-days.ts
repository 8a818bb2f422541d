/**
 * A day named inside a relative aside told in the past perfect ("His car, which had been seen there on
 * 3 May, was towed away the following morning"): backstory, earlier than the story's thread, so a later
 * "the following morning" counts from the thread's day, not the aside's. A simple past aside ("Ms Lane,
 * who was last seen on 1 May, was reported missing the next day") is the thread itself.
 */
import type { DateMention } from './types.js';

// ", which had been seen there": the aside opens after a comma, with "had" and no other comma
// before the day.
const ASIDE_OPENS = /,\s+(?:which|who|whom|whose)\b[^,;.!?]*\bhad\b[^,;.!?]*$/i;
// …and closes with a comma before the phrase, in the same sentence.
const ASIDE_CLOSES = /^[^,;.!?]*,/;
// An aside is short: further back or on, the day is no aside's.
const REACH = 160;

/** Whether `d` sits in a past perfect relative aside that has closed before `at`, in the same sentence. */
export function isClosedAsideDay(text: string, d: DateMention, at: number): boolean {
  if (at < d.end || at - d.end > REACH) return false;
  // chrono may read the closing comma with the day ("on 3 May,").
  const closed = /,\s*$/.test(d.text)
    ? !/[;.!?]/.test(text.slice(d.end, at))
    : ASIDE_CLOSES.test(text.slice(d.end, at));
  return closed && ASIDE_OPENS.test(text.slice(Math.max(0, d.start - REACH), d.start));
}
