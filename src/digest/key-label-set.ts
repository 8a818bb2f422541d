import { NAMED_AS, SET_AS_VERB } from './set-days.js';

// "Judge Fenwick set a trial date of" (15 September), "The court fixed the hearing for" (2 May): a day a
// past verb set for something names that thing's day; the setting was done already. Not a plan to set
// ("will set interest rates on 3 April").
const SET_FOR =
  /(?<!\b(?:will|would|to|shall|could|may|might|must|should)\s)\b(?:set|fixed|scheduled|listed|booked)\s+(?:a|an|the|its|their|his|her)\s+((?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+?)(?:\s+date)?$/u;

/** "The trial" for words before the day that say a past verb set the trial for it, else null. */
export function setForLabel(before: string): string | null {
  const thing = SET_FOR.exec(before)?.[1];
  return thing ? `The ${thing}` : null;
}

// "A judge set" (Sept. 8) "as the start of the antitrust trial": what the day was named as is its label.
const SET_AS_BEFORE = new RegExp(String.raw`\b${SET_AS_VERB}$`, 'i');
const AS_THE = new RegExp(String.raw`^as\s+((?:the\s+)?${NAMED_AS}\b.*)$`, 'i');

/** "The start of the trial" for "set" before the day and "as the start of the trial" after it, else null. */
export function setAsLabel(before: string, after: string): string | null {
  const what = SET_AS_BEFORE.test(before) ? AS_THE.exec(after)?.[1] : undefined;
  return what ? `${what.charAt(0).toUpperCase()}${what.slice(1)}` : null;
}

// "INEC has fixed" (Saturday, November 8) "for the Anambra governorship election": the day set is for
// what follows "for", which is its label. Done already: no modal before the verb.
const SET_DAY_VERB =
  /(?<!\b(?:will|would|to|shall|could|may|might|must|should)\s)\b(?:set|fixed|picked|chosen|named|earmarked)$/i;
const FOR_THE = /^,?\s*for\s+(?:the\s+)?([^,;:.!?]{3,80}?)(?=\s*[,;:.!?]|\s+(?:after|as|in|at|with|and|but)\s|$)/u;

/** "The Anambra governorship election" for "fixed" before the day and "for the Anambra … election" after it, else null. */
export function setDayForLabel(before: string, after: string): string | null {
  const what = SET_DAY_VERB.test(before.trimEnd()) ? FOR_THE.exec(after)?.[1] : undefined;
  return what ? `The ${what}` : null;
}
