/**
 * "Google's agreement on April 13 to buy DoubleClick would close later in the year": a day between
 * someone's decision-like noun and the infinitive it governs says when that decision was taken. The
 * future of the clause's verb is what follows from the decision, so it moves the day neither to next
 * week nor to next year.
 */
import { after, before, type Reading } from './date-rules.js';
import { anyOf } from './regex-parts.js';

// Nouns naming a step someone has taken, which take an infinitive: "the decision to", "a pledge to".
const DECISION_NOUNS = [
  'agreement',
  'decision',
  'announcement',
  'move',
  'pledge',
  'promise',
  'offer',
  'ruling',
  'order',
  'refusal',
  'approval',
  'threat',
];
// An owner before the noun: "Google's", "the board's", "its", "their"; the day's "on" may be read
// with the day or left before it.
const OWNED_NOUN = new RegExp(
  String.raw`(?:['’]s?|\b(?:its|their|his|her|our))\s+(?:[a-z-]+\s+)?${anyOf(DECISION_NOUNS)}\s+(?:on\s+)?$`,
  'i',
);
const INFINITIVE = /^\s*to\s+[a-z]+\b/;

/** True for a day read between someone's decision-like noun and its infinitive ("its move on Monday to cut"). */
export const isDecisionDay = (r: Reading): boolean => OWNED_NOUN.test(before(r, 60)) && INFINITIVE.test(after(r));
