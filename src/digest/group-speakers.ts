/**
 * A group as the speaker: a plural noun with the phrase that says which ones ("ministers from Spain and
 * Greece said", "tenants on the upper floors said"). The name patterns took the last capitalised word of
 * the phrase ("Greece") or nothing; the group is who speaks, and /quotes shows it as written.
 */
import type { Attribution } from './attribution.js';
import { CUES } from './speech-verbs.js';

// A plural noun: a word in -s (not -ss, -us, -is, as "press", "status", "this"), or a plural without one.
const PLURAL = String.raw`(?:\p{L}\p{Ll}+[^\P{Ll}siu]s|people|children|women|men|staff|police)`;
// The words that say which ones: a place, a body, a part of a building, the people acted for.
const WHICH = '(?:from|in|on|at|of|for|across|outside|near|around)';
// "ministers from Spain and Greece", "young farmers from the Paris basin": up to two words before the
// noun, and a phrase of up to fourteen words, as two groups joined take ("mayors of Leeds and York and the
// elected leaders of Hull"). A comma only between the items of a list ("from Norway,
// Iceland and the Faroes"); group() drops a phrase whose comma opens an aside ("…, who live there,").
const GROUP = String.raw`((?:[Tt]he\s+)?(?:\p{L}[\p{Ll}\-]*\s+){0,2}?${PLURAL}\s+${WHICH}\s+(?:[\p{L}’'&\-]+,?\s+){0,13}?[\p{L}’'&\-]+)`;
// A list: each comma followed by an item, not "who" or "which", and closed by "and" or "or".
const LIST = /^[^,]*(?:,\s+(?!(?:who|which|whose|where|when|though|but)\b)[^,]+)+$/u;
const LIST_END = /\b(?:and|or)\s+[^,]+$/u;
const ADVERB = String.raw`(?:(?:also|later|then|again|\p{Ll}+ly)\s+)?`;

// Right after the quotation, in lower case: "“…,” ministers from Spain and Greece said".
const AFTER = new RegExp(String.raw`^\s*[,—–-]?\s*(?=\p{Ll})${GROUP}\s+${ADVERB}(?:${CUES})\b`, 'u');
// A sentence's subject right before the quotation: "Tenants on the top floors said: “…”" (a colon, a
// comma or "that" up to the quotation, with a few words such as "in a letter").
const BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)${GROUP}\s+${ADVERB}(?:${CUES})\b(?:\s+that\s*|[^“”"‘.!?]{0,70}?[:,]\s*)$`,
  'u',
);

// "Friends of the Moors said": an organisation's name in title case, all capitals but its small joining
// words, which the name rules read whole; a group has a lower-case word or "from", "in", "at" in it.
const TITLE_CASE = /^(?:\p{Lu}[\p{L}’'&-]*|of|for|to|on|the|and|against|without)$/u;

function group(who: string | undefined): Attribution | null {
  if (who === undefined || who.split(/,?\s+/).every((w) => TITLE_CASE.test(w))) return null;
  if (who.includes(',') && !(LIST.test(who) && LIST_END.test(who))) return null;
  return { who: who.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), kind: 'description' };
}

/** The group credited with a quotation in the words right after it, if any. */
export function groupAfter(after: string): Attribution | null {
  return group(AFTER.exec(after.slice(0, 200))?.[1]);
}

/** The group a sentence right before a quotation credits with it, if any. */
export function groupBefore(before: string): Attribution | null {
  return group(BEFORE.exec(before.slice(-240))?.[1]);
}
