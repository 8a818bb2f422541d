import { type Sentence, textAfter, textBefore } from './sentences.js';

// "By Wednesday, the firm had settled": the past perfect puts the day behind the writer, however far
// ahead a bare weekday read. Not "had to" nor a schedule as it stood ("had been due to"), nor a future
// perfect ("will have had").
const PLUPERFECT =
  /^[\s,]*([^.;:!?]{0,200}?)\bhad\s+(?:(?:not|never|already|also|\p{L}+ly)\s+)?(?!to\b|better\b|been\s+(?:due|expected|scheduled|set|planned)\b)\p{L}+/iu;
const MODAL = /\b(?:will|shall|must|would|may|might|could|should|have)\b/i;
const FRONTED_BY = /^\W*by\s+$/i;

/** Whether the day opens its sentence as "By <day>," and the sentence goes on in the past perfect. */
export function byDayPastPerfect(s: Sentence | undefined, d: { start: number; end: number }): boolean {
  if (!s) return false;
  if (!FRONTED_BY.test(textBefore(s, d))) return false;
  const m = PLUPERFECT.exec(textAfter(s, d, 240));
  return m !== null && !MODAL.test(m[1] ?? '');
}
