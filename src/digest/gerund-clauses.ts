/**
 * "moved ahead of Angus Fraser after taking five wickets on Saturday": a clause of "after" and an
 * -ing form has no tense of its own. What it tells came before the clause it hangs from, so when
 * that clause is past, so is the day; a future there leaves it open ("will bat after resting on
 * Friday" may be either), and the day stays nearest.
 */
import type { ReadTense } from './tense-clauses.js';
import type { Tense } from './tense.js';

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

// "snow could fall on high ground over the holiday, with temperatures below freezing on Saturday
// night": a clause of "with" and no verb tells a circumstance of the clause it hangs from, however
// far back that clause's verb stands.
const WITH_FIRST = /^\s*with\s/i;
const COMMA_BEFORE = /,\s*$/;

/** The tense of the clause before a verbless "with …" clause starting at `clauseStart`, or null. */
export function withClauseTense(sentence: string, clauseStart: number, read: ReadTense): Tense | null {
  const before = sentence.slice(0, clauseStart);
  if (!COMMA_BEFORE.test(before) || !WITH_FIRST.test(sentence.slice(clauseStart))) return null;
  const main = before.replace(COMMA_BEFORE, '');
  const tense = read(main, main.length);
  return tense === 'unknown' ? null : tense;
}

// "its stores would be open on Sunday but closed Monday": a clause of "but" or "and" that opens on a
// participle, with no subject or verb of its own, shares the "be" of the clause before ("would be
// closed"); its -ed word is a state, not a past verb.
const JOIN_BEFORE = /\s(?:but|and|or)\s+$/i;
const STATE_FIRST = /^\s*(?:[a-z]{2,}ed|open|shut)\b/;
const BE = /\b(?:be|is|are|was|were)\b/i;

/** The tense of the "be" clause before a subjectless "but closed …" clause starting at `clauseStart`, or null. */
export function gappedBeTense(sentence: string, clauseStart: number, read: ReadTense): Tense | null {
  const before = sentence.slice(0, clauseStart);
  const join = JOIN_BEFORE.exec(before);
  if (!join || !STATE_FIRST.test(sentence.slice(clauseStart))) return null;
  const main = before.slice(0, join.index);
  if (!BE.test(main.slice(Math.max(0, main.length - 80)))) return null;
  const tense = read(main, main.length);
  return tense === 'unknown' ? null : tense;
}

// "After Sunday's game at home, the team travels to Detroit": a phrase of "after", "before" or
// "following" that opens its sentence and has no verb of its own dates a step in the sequence the
// main clause after its comma tells, so it takes that clause's tense.
const FRONTED = /(?:^|[.!?]["”’)]?\s+)(?:After|Before|Following)\s+$/;
const MAIN_AFTER_COMMA = /^,\s+([^.;:!?]*)/;

/** The tense of the main clause after a fronted "After …," phrase holding the day at `from`, or null. */
export function frontedPhraseTense(
  sentence: string,
  clauseStart: number,
  from: number,
  clauseEnd: number,
  read: ReadTense,
): Tense | null {
  if (!FRONTED.test(sentence.slice(Math.max(0, clauseStart - 20), from))) return null;
  const main = MAIN_AFTER_COMMA.exec(sentence.slice(clauseEnd))?.[1];
  if (!main) return null;
  const tense = read(main, 0);
  return tense === 'unknown' ? null : tense;
}
