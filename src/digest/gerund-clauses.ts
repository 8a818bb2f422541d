/**
 * "moved ahead of Angus Fraser after taking five wickets on Saturday": a clause of "after" and an
 * -ing form has no tense of its own. What it tells came before the clause it hangs from, so when
 * that clause is past, so is the day; a future there leaves it open ("will bat after resting on
 * Friday" may be either), and the day stays nearest.
 */
import type { ReadTense } from './tense-clauses.js';

const AFTER_BEFORE = /\b(?:after|since)\s+$/i;
const GERUND_FIRST = /^\s*[a-z]{3,}ing\b/;

/** The past of the clause before an "after …ing" clause starting at `clauseStart`, or null. */
export function afterGerundTense(sentence: string, clauseStart: number, read: ReadTense): 'past' | null {
  const before = sentence.slice(0, clauseStart);
  const lead = AFTER_BEFORE.exec(before);
  if (!lead || !GERUND_FIRST.test(sentence.slice(clauseStart))) return null;
  const main = before.slice(0, lead.index);
  return read(main, main.length) === 'past' ? 'past' : null;
}
