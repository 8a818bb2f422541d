import { type Sentence, textAfter, textBefore } from './sentences.js';

// "called off a strike planned for 14 December", "cancelled all sailings on Friday": the day is one
// the story says will not happen. Not "postponed until Friday", whose day is the new one.
const OFF_VERB = String.raw`\b(?:called\s+off|cancell?ed|scrapped|axed|shelved|abandoned|dropped)\s+`;
const OFF_BEFORE = new RegExp(
  String.raw`${OFF_VERB}(?:(?:[\p{L}\d'’-]+\s+){0,8}?(?:(?:planned|scheduled|set|due|slated|called)\s+)?(?:for|on)\s+(?:(?:the|this|next)\s+)?|(?:the|its|their|his|her|this|next)\s+)$`,
  'iu',
);
// "The strike planned for Friday has been called off", "Friday's match was cancelled".
// "…, and the walkout planned for 11 December will not go ahead", "The strike set for 16 December is off".
const OFF_AFTER =
  /^[^.;:!?]{0,60}?\b(?:(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+)?(?:been\s+)?(?:called\s+off|cancell?ed|scrapped|axed|shelved|abandoned|postponed)\b|(?:will|would)\s+not\s+go\s+ahead\b|won[’']t\s+go\s+ahead\b|(?:is|are)\s+(?:now\s+)?off\s*(?:[.,;]|$))/i;
// "had been due to go on sale on 14 March", "was originally scheduled for Friday": a plan the story
// has moved past; the day is no longer the one it turns on. Not a day after a comma: "The vote, which had
// been expected in January, will now take place on 20 March" is the new day.
const SUPERSEDED =
  /\b(?:had\s+been|(?:was|were)\s+originally|originally)\s+(?:due|scheduled|set|planned|expected|slated|meant)\b[^.,;:!?]{0,80}$/iu;
// The clause a day sits in: a turn ("but", "and will") starts another event.
const TURN =
  /\b(?:but|however|although|though|instead|while)\b|[,;:]\s+and\s|\b(?:and|then)\s+(?:will|would|is|are|plans?|hopes?|intends?|expects?)\b/i;

// "which was due to close on Friday, has been extended until 11 April", "was due on Friday but has been
// delayed until 9 April": a day the sentence says was moved; the new day is the one the story turns on.
const WAS_DUE =
  /\b(?:was|were|had\s+been)\s+(?:originally\s+|first\s+|initially\s+)?(?:due|scheduled|set|planned|supposed|meant|expected)\b[^.;:!?]{0,60}$/i;
const MOVED =
  /\b(?:(?:extended|postponed|delayed|moved|pushed\s+back|put\s+back|brought\s+forward|rescheduled|deferred)\s+(?:until|till|to|for)|(?:will|would)\s+now)\b/i;

// "Collections due on Christmas Day will take place on Saturday 27 December": the regular day, named to
// say what moves; the day the sentence goes on to give is the one that happens.
const DUE_ON = /\b(?:due|normally|usually)\s+(?:on|for)\s+$/i;
const HAPPENS_ON =
  /^[,\s]*(?:will|are\s+to|is\s+to)\s+(?:now\s+|instead\s+)?(?:take\s+place|happen|go\s+ahead|be\s+\p{L}+)\s+(?:instead\s+)?(?:on|from)\s+(?:\p{Lu}|\d)/iu;

// "was initially postponed to Thursday but has now been canceled": the day it was moved to, then called off.
const MOVED_TO_BEFORE =
  /\b(?:postponed|delayed|moved|pushed\s+back|put\s+back|rescheduled|deferred|adjourned)\s+(?:\S+\s+){0,3}?(?:until|till|to)\s+$/i;
const OFF_SINCE =
  /^\s*,?\s*but\s+(?:it\s+)?(?:has|have|had|was|were)\s+(?:now\s+|since\s+)?(?:been\s+)?(?:called\s+off|cancell?ed|scrapped|axed|abandoned)\b/i;

/** Whether the sentence `s` says the day `d` names was called off, cancelled, scrapped or moved. */
export function calledOff(s: Sentence | undefined, d: { start: number; end: number }): boolean {
  if (!s) return false;
  // A mention may hold its own "on" or "for" ("called off their strike on 3 December").
  const own = /^(?:on|for)\s+/i.exec(s.text.slice(d.start - s.start, d.end - s.start))?.[0] ?? '';
  const before = textBefore(s, d, 120) + own;
  const m = OFF_BEFORE.exec(before) ?? SUPERSEDED.exec(before);
  if (m && !TURN.test(m[0])) return true;
  const after = textAfter(s, d, 100);
  const due = WAS_DUE.exec(before);
  if (due && !TURN.test(due[0]) && MOVED.test(after)) return true;
  if (DUE_ON.test(before) && HAPPENS_ON.test(after)) return true;
  if (MOVED_TO_BEFORE.test(before) && OFF_SINCE.test(after)) return true;
  const n = OFF_AFTER.exec(after);
  return n !== null && !TURN.test(n[0]);
}
