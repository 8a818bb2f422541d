/** "His verdict: “…”", "Her answer: “…”": what a person said, as a noun, introducing the quotation. */
import { anyOf } from './regex-parts.js';

// What a person says, as a noun: "His verdict", "Her answer", "His advice to Trump".
const UTTERANCE_NOUN = anyOf(
  (
    'verdict answer advice message prediction reply response take assessment explanation warning promise ' +
    'pitch argument conclusion retort plea summary diagnosis defense defence rejoinder ' +
    'reaction comment words view'
  ).split(' '),
);
/**
 * Before the quote, a possessive pronoun and what its owner said, opening a sentence and ending in a
 * colon: `His verdict on MSNBC’s “Morning Joe”: ` · `Her answer: `. The first group is "His" or "Her".
 */
export const POSSESSIVE_BEFORE_COLON = new RegExp(
  String.raw`(?:^\s*|[.!?]["”’)]?\s+)(His|Her)\s+(?:[\p{Ll}\-]+\s+){0,2}?(?:${UTTERANCE_NOUN})(?:\s+[^.!?:\n]{1,60}?)?:\s*$`,
  'u',
);
