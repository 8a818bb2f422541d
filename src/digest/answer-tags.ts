/**
 * A feature's question and answer: "Was he ever lonely? Not really, he says. “She kept me sane.”" The
 * reporter paraphrases the answer in a short sentence tagged with its speaker, then quotes them: the
 * quotation that follows is that speaker's, though nothing beside it says so.
 */
import { LATER_NAME_TOKEN, nameGap, NAME_TOKEN as TOKEN } from './name-tokens.js';

const NAME = `${TOKEN}(?:${nameGap(String.raw`\s+`)}${LATER_NAME_TOKEN}){0,5}`;
const TAG = `(?:says|said|adds|added|recalls|recalled|explains|explained)`;

/**
 * Right before a quotation: a sentence of a few words, a comma and its speaker's tag, "The routine, he
 * says. " or "Not at first, Munro recalled. ". The first group is the name or pronoun.
 */
export const ANSWER_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)[^.!?“”"\n,]{1,60},\s+(${NAME}|he|she)\s+${TAG}\.\s*$`,
  'u',
);
