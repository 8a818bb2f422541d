/** Title-case lines (headlines), where one run of capitals may hold a verb between two names. */
import { countWhile } from './partition-point.js';

// Words a title-case headline leaves in lower case.
const MINOR_WORDS = new Set('a an the and but or nor of to in on at by for with as from into over vs vs.'.split(' '));
// A headline has at least this many words.
const MIN_HEADLINE_WORDS = 4;

/**
 * True for a line in title case, every word capitalised but the minor ones: a headline, where one run of
 * capitals holds a verb between two names ("Ann Lee Calls Bob Day a Liar" is no name "Lee Calls Bob Day").
 */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < MIN_HEADLINE_WORDS) return false;
  return words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^[^\p{L}]*\p{Lu}/u.test(w));
}

/**
 * Whether the line holding an offset is a title-case headline, each line judged once: a name run is
 * found on every line, and judging the line per run made a long line cost its length times its runs.
 */
export function titleCaseLines(text: string): (at: number) => boolean {
  const judged = new Map<number, boolean>();
  // Line breaks indexed once: reading back to the line's start for every run was quadratic in one
  // long line ("Ann Lee told Reuters" repeated, 1,000,000 characters: 9 s).
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (at) => {
    const k = countWhile(breaks.length, (j) => (breaks[j] as number) <= at - 1) - 1;
    const start = k < 0 ? 0 : (breaks[k] as number) + 1;
    let verdict = judged.get(start);
    if (verdict === undefined) {
      const end = text.indexOf('\n', at);
      verdict = isTitleCase(text.slice(start, end < 0 ? text.length : end));
      judged.set(start, verdict);
    }
    return verdict;
  };
}
