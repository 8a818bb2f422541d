/**
 * Which clause's tense places a day when its own clause has no tense marker: a comma-set aside
 * ("Smith, who completed the double on May 16, will report back", "the minister, sworn in on
 * Sept. 10, will be dismissed") tells of its own time, not of the main verb's around it.
 */
import { NOT_PAST } from './past-forms.js';
import { anyOf } from './regex-parts.js';
import type { Tense } from './tense.js';

/** How tense.ts reads the tense of a stretch of text around a point in it. */
export type ReadTense = (window: string, at: number) => Tense;

// Past participles not spelt in -ed and not on past-forms.ts's list of pasts ("taken", "sworn"):
// only as the first word of an aside are they sure to be participles.
const PARTICIPLES = [
  'sworn',
  'beaten',
  'taken',
  'seen',
  'hit',
  'hurt',
  'given',
  'chosen',
  'shown',
  'driven',
  'written',
  'stolen',
  'frozen',
  'broken',
  'spoken',
  'born',
  'thrown',
  'drawn',
  'withdrawn',
  'forgotten',
  'hidden',
  'bitten',
  'torn',
  'sunk',
  'begun',
  'done',
  'cut',
  'put',
  'set',
];
// "who completed…", "which raised…", "whose defense gave up…"; "named on June 24", "sworn in on…".
const RELATIVE_OPENER = /^(?:who|which|whose)\b/i;
const PARTICIPLE_OPENER = new RegExp(String.raw`^(?:${anyOf(PARTICIPLES)}|[a-z]{2,}ed)\b`, 'i');

/** The comma-set aside around [from, to) opened by a relative pronoun or a past participle, if any. */
function asideAround(sentence: string, from: number): { start: number; participle: boolean } | null {
  const open = sentence.lastIndexOf(', ', from);
  if (open < 0) return null;
  const start = open + 2;
  const head = sentence.slice(start, from);
  // The aside runs from its comma to the date with no other clause ending on the way.
  if (/[;:—–]/.test(head)) return null;
  if (RELATIVE_OPENER.test(head)) return { start, participle: false };
  const word = /^[a-z]+/i.exec(head)?.[0] ?? '';
  if (PARTICIPLE_OPENER.test(head) && !NOT_PAST.test(word)) return { start, participle: true };
  return null;
}

/**
 * The tense of the comma-set aside a date sits in, read over the whole aside (its own inner "and"
 * or "before" does not cut it off from its verb): "…, which reviewed the steel and metals markets
 * before clearing the deal on Dec. 18, will appoint…" is past. An aside opened by a participle with
 * no marker of its own is past ("sworn in on May 11"). Null when the date is in no such aside.
 */
export function asideTense(sentence: string, from: number, to: number, read: ReadTense): Tense | null {
  const aside = asideAround(sentence, from);
  if (!aside) return null;
  const close = sentence.indexOf(',', to);
  const end = close < 0 ? sentence.length : close;
  const tense = read(sentence.slice(aside.start, end), from - aside.start);
  if (tense !== 'unknown') return tense;
  return aside.participle ? 'past' : null;
}

// The subject of a reported clause with no "that": a pronoun, a noun phrase after a determiner, or
// a name ("she would", "the army would", "a Labour government would", "Schilling would"). Read
// case-sensitively: a capital marks the name.
const REPORTED_SUBJECT = String.raw`(?:he|she|it|they|we|I|you|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)(?:\s+[\w'’-]+){1,3}|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)`;
const MODAL = String.raw`(?:will|would|shall|won['’]t|could|might|may|must|['’]ll)\b`;
const REPORTED_CLAUSE = new RegExp(String.raw`^[\s,]*${REPORTED_SUBJECT}\s*${MODAL}`);

/**
 * "told reporters on Monday she would resign", "said in an interview on Tuesday he would step
 * down": a day between a past verb and the subject of a clause it reports (no "that" between them)
 * is the past verb's, though the reported modal stands nearer to it. `before` is the clause up to
 * the day, `after` what follows the day.
 */
export function isReportingDay(before: string, after: string, read: ReadTense): boolean {
  return REPORTED_CLAUSE.test(after) && read(before, before.length) === 'past';
}
