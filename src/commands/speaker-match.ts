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
 * Priya Raman; a long word may be spelt another way (Zelenskyi, Zelenskiy, Selenskyj).
 */
export function speakerMatches(speaker: string, query: string, spelt = true): boolean {
  const parts = words(speaker);
  const name = parts.join(' ');
  const typed = words(query);
  const wanted = typed.filter((w) => !TITLES.has(w));
  return (wanted.length > 0 ? wanted : typed).every(
    (w) => name.includes(w) || (spelt && parts.some((p) => spelling(w, p))),
  );
}

/**
 * The speakers among `speakers` that `query` names: those it names as written, or, when there are
 * none, those it names in another spelling ("Hansen" finds a Hanson only when no Hansen is quoted).
 */
export function speakersNamed(speakers: readonly string[], query: string): Set<string> {
  const exact = speakers.filter((s) => speakerMatches(s, query, false));
  return new Set(exact.length > 0 ? exact : speakers.filter((s) => speakerMatches(s, query)));
}

// Names from other alphabets reach English in several spellings, which differ by a letter or two:
// one for a word of 6 letters or more, two from 9. Shorter words must match as typed ("Lee" is not "Leo").
function spelling(typed: string, word: string): boolean {
  const most = typed.length >= 9 ? 2 : typed.length >= 6 ? 1 : 0;
  return most > 0 && Math.abs(typed.length - word.length) <= most && editDistance(typed, word) <= most;
}

// Levenshtein distance (insertions, deletions, substitutions), for two short words.
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
