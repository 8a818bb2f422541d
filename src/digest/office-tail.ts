/** "Secretary of State Jon Doe", "the head of Acme, Jo Bell": the words of an office before a name, told apart from it. */
import { OFFICE_OF } from './name-tokens.js';
import { cleanName, PARTICLES } from './clean-name.js';

const ENDS_IN_OFFICE = new RegExp(`${OFFICE_OF}$`, 'u');
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;
// After an office's tail, a name keeps this many words, initials and particles not counted.
const WORDS_AFTER_OFFICE = 2;

// The longest office with "of" is shorter than this: "Undersecretary of the ".
const OFFICE_WINDOW = 40;

/** True when `text` before `at` ends in an office with "of" ("Secretary of "), so the words from `at` start with its tail. */
export function afterOffice(text: string, at: number): boolean {
  return ENDS_IN_OFFICE.test(text.slice(Math.max(0, at - OFFICE_WINDOW), at));
}

/**
 * The name in the capitalised words after "Secretary of": the first word, the office's tail, dropped, and
 * any more before the name's last two words ("State Jon Doe", "Homeland Security Jo Lee" → "Jon Doe", "Jo Lee").
 */
export function withoutOfficeTail(toks: string[]): string[] {
  const rest = toks.slice(1);
  let words = 0;
  let i = rest.length;
  while (i > 0 && words < WORDS_AFTER_OFFICE) {
    i -= 1;
    const t = rest[i] ?? '';
    if (!PARTICLES.has(t) && !INITIAL.test(t)) words += 1;
  }
  return rest.slice(i);
}

// A preposition before the name ("head of the ", "a lawyer for ", "organiser in "), and a name set off by a
// comma after it.
const PREPOSITION_BEFORE = /\b(?:of|for|at|in)\s+(?:the\s+)?$/u;
const APPOSED_NAME = /^,\s+(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]*\s*(?:[,.;!?]|$)/u;
// "said Network Rail's route director, James Dean", "Transport for London's director of buses, Ann
// Lee": the body (read whole or in part as a name), its role in lower case, then the person's name.
const POSSESSIVE_ROLE = new RegExp(
  String.raw`^\p{Lu}[\p{L}&-]*(?:\s+(?:(?:of|for|and|the|&)\s+){0,2}\p{Lu}[\p{L}&-]*){0,3}['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*${APPOSED_NAME.source.slice(1)}`,
  'u',
);

/**
 * True when the name at `at` (of `length`) in `text` is the body a role belongs to and a person's name
 * follows it, set off by a comma: in "said the head of the Fire Brigades Union, Matt Wrack." the union is
 * where Matt Wrack works; he speaks.
 */
export function employerBeforeName(text: string, at: number, length: number): boolean {
  return (
    (PREPOSITION_BEFORE.test(text.slice(Math.max(0, at - OFFICE_WINDOW), at)) &&
      APPOSED_NAME.test(text.slice(at + length, at + length + 80))) ||
    POSSESSIVE_ROLE.test(text.slice(at, at + 160))
  );
}

// An office's tail and a person's name set off by commas: " of State for the Family, Ann Leigh,".
const TAIL_THEN_NAME =
  /^(?:\s+(?:of|for)\s+(?:the\s+)?[\p{L}’' -]{1,60}?)?,\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'-]*){1,3},/u;

/**
 * True when `words`, at `at` in `text`, are an office and no name ("The Shadow Secretary", cleaned to
 * nothing) that the person holding it follows, set off by commas: "The Shadow Secretary of State for
 * the Family, Ann Leigh, said" is hers to say, not an organisation's.
 */
export function officeBeforeName(text: string, at: number, words: string): boolean {
  return cleanName(words).length === 0 && TAIL_THEN_NAME.test(text.slice(at + words.length, at + words.length + 120));
}
