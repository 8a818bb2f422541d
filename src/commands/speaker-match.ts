import { fold } from '../article/fold.js';

// Words a person types before a name that the article's speaker need not carry ("Mr. Patel" finds
// Raj Patel, "Councillor Walsh" Jenny Walsh, "a spokesman" the spokesman).
const TITLES = new Set([
  'a',
  'an',
  'the',
  'mr',
  'mrs',
  'ms',
  'mx',
  'miss',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'rev',
  'cllr',
  'councillor',
  'president',
]);

/**
 * A name as it is matched: folded (no case, no accents), apostrophes and full stops dropped and
 * other punctuation a space, so "O’Neill", "O'Neill" and "ONeill", "Anna-Maria" and "Anna Maria",
 * "Raman, Priya" and "Priya Raman" meet.
 */
function words(s: string): string[] {
  return fold(s)
    .replace(/['’‘`ʼ.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Whether `query`, as typed for /quotes speaker:, names `speaker`: each of its words (titles aside)
 * is part of the speaker's name, in any order, so "zel", "Priya Raman" and "Raman, Priya" all find
 * Priya Raman.
 */
export function speakerMatches(speaker: string, query: string): boolean {
  const name = words(speaker).join(' ');
  const typed = words(query);
  const wanted = typed.filter((w) => !TITLES.has(w));
  return (wanted.length > 0 ? wanted : typed).every((w) => name.includes(w));
}
