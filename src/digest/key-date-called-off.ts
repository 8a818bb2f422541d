import type { Sentence } from './sentences.js';

// "called off a strike planned for 14 December", "cancelled all sailings on Friday": the day is one
// the story says will not happen. Not "postponed until Friday", whose day is the new one.
const OFF_BEFORE =
  /\b(?:called\s+off|cancell?ed|scrapped|axed|shelved|abandoned|dropped)\s+(?:[\p{L}\d'’-]+\s+){0,8}?(?:(?:planned|scheduled|set|due|slated|called)\s+)?(?:for|on)\s+(?:(?:the|this|next)\s+)?$/iu;
// "The strike planned for Friday has been called off", "Friday's match was cancelled".
const OFF_AFTER =
  /^[^.;:!?]{0,60}?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+)?(?:been\s+)?(?:called\s+off|cancell?ed|scrapped|axed|shelved|abandoned|postponed)\b/i;
// The clause a day sits in: a turn ("but", "and will") starts another event.
const TURN = /\b(?:but|however|although|though|instead|while)\b|[,;:]\s+and\s/i;

/** Whether the sentence `s` says the day `d` names was called off, cancelled or scrapped. */
export function calledOff(s: Sentence | undefined, d: { start: number; end: number }): boolean {
  if (!s) return false;
  const before = s.text.slice(Math.max(0, d.start - s.start - 120), d.start - s.start);
  const m = OFF_BEFORE.exec(before);
  if (m && !TURN.test(m[0])) return true;
  const after = s.text.slice(d.end - s.start, d.end - s.start + 100);
  const n = OFF_AFTER.exec(after);
  return n !== null && !TURN.test(n[0]);
}
