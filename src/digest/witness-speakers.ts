/**
 * "“Did you check the doors?” Mr Pryce asked. “No,” the witness replied.": in court and inquiry reports
 * "the witness" is the person the narration says was asked, else the person last named before the answer,
 * other than the one who asked the question.
 */
import type { NameIndex } from './names.js';

const WITNESS = /^the\s+witness$/iu;
// "The coroner asked Mr Penhale whether…": the one asked is the witness who answers.
const ASKED =
  /\b(?:asked|questioned|pressed|cross-examined)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*)/gu;
// How far back the question's narration is read.
const WINDOW = 300;

/**
 * The person "the witness" at `at` is, or null: the last named before it, not `questioner` (the speaker
 * of the quotation before, when that quotation, ending at `since`, asked a question).
 */
export function witnessBefore(
  text: string,
  names: NameIndex,
  description: string,
  at: number,
  since: number,
  previous: string | null,
): string | null {
  if (!WITNESS.test(description.trim())) return null;
  const questioner = /\?/.test(text.slice(Math.max(0, since - 3), since)) ? previous : null;
  let asked: string | null = null;
  for (const m of text.slice(Math.max(0, since, at - WINDOW), at).matchAll(ASKED)) asked = m[1] ?? null;
  const person = asked === null ? null : names.resolve(asked, at);
  if (person !== null && person !== questioner) return person;
  const mention = names.lastBefore(at, (name) => name !== questioner);
  const who = mention === null ? null : (names.resolve(mention, at) ?? mention);
  return who === questioner ? null : who;
}
