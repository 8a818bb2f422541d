/**
 * A speaker named before a relative clause that introduces the quotation: "…, according to the institute,
 * which said in a statement: “…”" · "Police questioned Ann Bo, who told them: “…”". The speaker is the
 * relative pronoun's antecedent, not the sentence's subject ("Police") nor the last person quoted.
 */
import { LATER_NAME_TOKEN, nameGap, NAME_TOKEN as TOKEN } from './name-tokens.js';
import { CUES } from './speech-verbs.js';

const NAME = `${TOKEN}(?:${nameGap(String.raw`\s+`)}${LATER_NAME_TOKEN}){0,5}`;
// "the institute", "the local council": "the" and up to four lower-case words.
const THE_NOUN = String.raw`the(?:\s+\p{Ll}[\p{Ll}’'\-]*){1,4}`;
const ADVERB = String.raw`(?:(?:also|later|then|\p{Ll}+ly)\s+)?`;
// After the cue: nothing, or a few words ending in a colon or comma ("said in a statement:").
const TO_THE_QUOTE = String.raw`(?:\s*|[^“”"‘.!?]{0,70}?[:,]\s*)$`;

/** The antecedent right before ", which/who said …:" at the end of the text before a quotation: (description)|(name). */
export const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}’'\-])(?:(${THE_NOUN})|(${NAME})),\s+(?:which|who)\s+${ADVERB}(?:${CUES})\b${TO_THE_QUOTE}`,
  'u',
);
