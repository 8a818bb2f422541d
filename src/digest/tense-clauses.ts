/**
 * Which clause's tense places a day when its own clause has no tense marker: a comma-set aside
 * ("Smith, who completed the double on May 16, will report back", "the minister, sworn in on
 * Sept. 10, will be dismissed") tells of its own time, not of the main verb's around it.
 */
import { NOT_PAST, PAST } from './past-forms.js';
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

// Verbs whose infinitive tells what is to come from when they were said: "threatened to strike on
// Monday", "threatened Tuesday to strike on Monday", "hoped to close the loan by Tuesday"; with an object between, "expected talks to resume
// Monday", "urged the board to meet on Sunday". "was expected to" (no object) is a schedule as it
// stood (tense.ts), and "failed to", "tried to" look back, so they are not here. "to the penalty"
// is a preposition's object, no infinitive.
// "agreed to raise the ceiling on August 2", "offered to pay on Friday": the day is as often the
// agreement's or the offer's, so they are not here either.
const INTENT_VERBS = ['threatened', 'promised', 'vowed', 'pledged', 'hoped', 'intended'];
const INTENT_WITH_OBJECT = ['expected', 'asked', 'urged', 'told'];
// The same told in the passive, the object gone: "counties were told to finish by Tuesday", "had been
// ordered to pay by Friday": what they are to do is still to come.
const BIDDEN = ['told', 'asked', 'urged', 'ordered', 'instructed', 'directed', 'required'];
// "had been told to stay home Monday": a state kept on the day, told as gone by.
const STAY_OFF = String.raw`(?!(?:stay|remain|keep|wait|be)\b)`;
/**
 * Regular-expression source for the infinitive after such a verb: the cue stands where the
 * infinitive does, so a day after it is nearer to it than to the past verb. A day before it
 * ("threatened on Monday to strike") is the past verb's: tense.ts counts the cue only after it.
 */
export const INTENT_INFINITIVE = String.raw`(?<=\b(?:${anyOf(INTENT_VERBS)}\s+(?:[\w'’-]+\s+){0,2}?|${anyOf(INTENT_WITH_OBJECT)}\s+(?:[\w'’-]+\s+){1,4}?|\b(?:was|were|been|being)\s+${anyOf(BIDDEN)}\s+(?=to\s+${STAY_OFF}))to\s+)(?!(?:the|an?|his|her|its|their|this|that)\b)[a-z]+\b`;
// Sticky, so its lookbehind sees the verb before the infinitive it is tried at.
const INTENT = new RegExp(INTENT_INFINITIVE, 'iy');

/** Whether an infinitive of intent stands at `i` in `window` (tense.ts counts it only after the day). */
export function isIntentAt(window: string, i: number): boolean {
  INTENT.lastIndex = i;
  return INTENT.test(window);
}

// "those who were injured on Sunday will be examined", "crews that arrived on Tuesday will work
// through the weekend": a relative clause with no commas to set it off runs from its pronoun to the
// main verb after the day, so the day is its past verb's, though the main verb's future stands nearer.
// The pronoun must open on that past verb ("who were", "that arrived", "who had already left"): "that"
// before a subject is a conjunction ("said that the ferry will sail on Monday").
const RELATIVE_PRONOUN = /\b(?:who|that|which)\s+/gi;
const OPENS_ON_PAST = new RegExp(String.raw`^(?:had\s+)?(?:already\s+|\w+ly\s+)?(${PAST.source})`, 'i');

/**
 * Whether the day that ends `before` (its clause up to the day) sits in such a relative clause: the
 * last who/that/which before it opens on a past verb, and the stretch from it to the day reads past.
 */
export function inPastRelative(before: string, read: ReadTense): boolean {
  const last = [...before.matchAll(RELATIVE_PRONOUN)].at(-1);
  if (!last) return false;
  const verb = OPENS_ON_PAST.exec(before.slice(last.index + last[0].length));
  if (!verb || NOT_PAST.test(verb[1] ?? '')) return false;
  const rel = before.slice(last.index);
  return read(rel, rel.length) === 'past';
}
