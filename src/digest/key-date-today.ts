import type { DateMention } from './types.js';
import type { Tense } from './tense.js';
import { textAfter, textBefore } from './sentences.js';

// A part of the publication day: "tonight", "this afternoon", with or without its hour ("at 7pm
// tonight"), or "today" with its hour ("kicks off at 7pm today"). A bare "today" is mostly the present
// ("what they earn today", "today is Boeing's day"), unless "later" puts it ahead.
const PART_OF_TODAY =
  /^(?:(?:at|from|after|before|by|until)\s+)?(?:(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+)?(?:tonight|this\s+(?:morning|afternoon|evening))|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)\s+today)$/i;
const LATER = /\blater\s*$/i;
// "the tasks ahead of her tonight": what lies before someone, no event of the day.
const AHEAD_OF_SOMEONE = /\bahead\s+of\s+(?:her|him|them|us|me|you)\s*$/i;
// "today's earnings report", "tonight's debate": a possessive names a thing of the day, not what happens.
const POSSESSIVE = /^['’]s\b/;

/**
 * Whether a mention names an event later on the publication day: "Councillors will vote tonight",
 * "United host Town this afternoon", "The match kicks off at 7pm today". It is the story's day as much
 * as one ahead, and its countdown reads "Today: …". Only told ahead and in the story's own words:
 * "opened the wing this morning" or "said tonight" has happened, "Shares are trading lower this
 * afternoon" is news, not a plan, and a speaker's "tonight" is talk.
 */
export function laterToday(
  d: DateMention,
  sentence: { text: string; start: number } | undefined,
  published: string | null,
  tense: Tense,
  quoted: boolean,
): boolean {
  if (published === null || d.date !== published || tense !== 'future' || quoted || !sentence) return false;
  const before = textBefore(sentence, d);
  const after = textAfter(sentence, d);
  if (POSSESSIVE.test(after) || AHEAD_OF_SOMEONE.test(before)) return false;
  return PART_OF_TODAY.test(d.text.trim()) || (/^today$/i.test(d.text.trim()) && LATER.test(before));
}
