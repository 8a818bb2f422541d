/** "Secretary of State Jon Doe": the words of an office with "of" before a name, told apart from it. */
import { OFFICE_OF } from './name-tokens.js';
import { PARTICLES } from './clean-name.js';

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
