/**
 * "Dr Amara Osei, who leads the service, said referrals had tripled. “We cannot keep up.”": a quotation
 * with no attribution of its own, right after a sentence reporting what a named person said (in its
 * paragraph or closing the one before), is that person's, as a reader takes it.
 */
import type { Attribution } from './attribution.js';
import { CUES } from './speech-verbs.js';

const REACH = 300;
// An opening phrase before the name: "Speaking to MPs on Tuesday, ", "In a speech, ".
const OPENING = String.raw`(?:\p{Lu}[^,.!?“”"\n]{0,80},\s+)?`;
// A role in lower case before the name: "Station commander Ian Fairweather said"; no preposition, which
// makes the name someone else ("Supporters of Ann Lee said").
const ROLE_WORD = String.raw`(?!(?:of|for|at|in|on|with|from|to|by|and|near|like|against|behind)\s)\p{Ll}[\p{Ll}-]+`;
const ROLE = String.raw`(?:\p{Lu}\p{Ll}+(?:\s+${ROLE_WORD}){1,3}\s+(?=\p{Lu}))?`;
// A few words quoted inside the reported clause: "said the system was “on the brink of collapse”".
const PHRASE = String.raw`[“"][^“”"\n]{1,80}[”"]`;
// The sentence before: it opens with a full name (or an honorific and a name), after an opening phrase
// or not ("The opposition leader, Sian Morgan, said"), an optional aside between commas, then a speech
// verb, and holds no quotation but a phrase.
const REPORTED = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)${OPENING}${ROLE}((?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.?\s+\p{Lu}[\p{L}’'-]+|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}))(?:,[^,“”"]{1,120},|,(?=\s+said\b))?\s+(?:${CUES})\b(?:[^“”"\n.!?]|${PHRASE}){3,200}(?:[.!?]|(?<=[.!?][”"]))\s+$`,
  'u',
);

/** The person the sentence right before `at` reports as saying something, if it does. */
export function reportedBefore(text: string, at: number): Attribution | null {
  const before = text.slice(Math.max(0, at - REACH), at);
  const who = REPORTED.exec(before)?.[1];
  return who === undefined ? null : { who, kind: 'name' };
}
