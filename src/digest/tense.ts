/** The tense of the clause a date expression sits in: whether the day it names lies ahead or behind. */

import { CONDITIONAL, isSupposed, maskCapitalMay, MODAL_FUTURES, POSSIBILITY } from './modal-cues.js';
import { afterGerundTense, frontedPhraseTense, gappedBeTense, withClauseTense } from './gerund-clauses.js';
import { nearestNamedSchedule } from './named-schedules.js';
import { anyOf, anyWord } from './regex-parts.js';
import { NOT_PAST, PAST } from './past-forms.js';
import { PLURAL_SCHEDULE, POSSESSIVE_SCHEDULE, SCHEDULE_VERBS_BASE, SCHEDULE_VERBS_S } from './schedule-verbs.js';
import { EXPECTED_BY, NOT_AFTER, PLANS, PRESENT_SCHEDULES, SCHEDULES } from './future-cues.js';
import { asideTense, INTENT_INFINITIVE, inPastRelative, isIntentAt, isReportingDay } from './tense-clauses.js';

export type Tense = 'past' | 'future' | 'unknown';

// A schedule told in the present after a singular subject: "the board meets Friday", "the stock goes
// ex-dividend on Friday", "the court hears arguments Friday", "the company reports earnings Friday",
// "a board that meets Friday". The subject tells the verb from a plural noun ("earnings Friday were",
// "talks Friday failed"): a determiner and a noun not in -s ("the credit reports" stays a noun), or
// "it", "he", "she", "which", "who". Reporting verbs ("says", "tells") are not on the list.
const SINGULAR_SUBJECT = String.raw`(?<=\b(?:(?:the|a|an|its|this|each)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<![sS'’]|\bthe|\ban?)|it|he|she|which|who)\s+)`;
const SUBJECT_SCHEDULE = `${SINGULAR_SUBJECT}${anyWord(SCHEDULE_VERBS_S)}|${POSSESSIVE_SCHEDULE}`;
// The present schedules of one -s word ("starts", "opens") are nouns as often: "Early starts began".
const ONE_WORD_S = PRESENT_SCHEDULES.filter((w) => /^[a-z]+s$/.test(w));
const SCHEDULE_VERB_S = new RegExp(`^${anyOf([...SCHEDULE_VERBS_S, ...SCHEDULE_VERBS_BASE, ...ONE_WORD_S])}$`, 'i');
// "The union votes Friday were counted": a verb right after the day makes the -s word a noun.
const pastVerbNext = (window: string, at: number): boolean => {
  const next = /^\s*([\w'’-]+)/.exec(window.slice(at))?.[1] ?? '';
  return new RegExp(`^${PAST.source}$`, 'i').test(next) && !NOT_PAST.test(next);
};
// "The new rules took effect": the -s word before a past verb is its subject, no schedule verb.
const afterNoun = (before: string): boolean => SCHEDULE_VERB_S.test(/([\w'’-]+)\s+$/.exec(before)?.[1] ?? '');
// "Workers walk out on Friday", "nurses go on strike Friday": a strike called for a day ahead.
const STRIKES = [`${NOT_AFTER}(?:walk out|go on strike)`];
// Future cues that qualify the words after them, not a date before them.
const FORWARD_ONLY = new RegExp(`^${anyOf(['ahead of', 'in time for', 'upcoming', 'coming'])}$`, 'i');
// "was picked ahead of Graham Thorpe on Saturday", "stayed ahead of New York on Tuesday": before a
// name (a capital that is no weekday or month) "ahead of" ranks, and looks to no event to come.
const RANKED_AHEAD =
  /^ahead of\s+(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|M_y|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)[A-Z]/;
// "she'll", "they’ll".
const CONTRACTED_WILL = String.raw`['’]ll\b`;
const FUTURE_WORDS = [...MODAL_FUTURES, ...SCHEDULES, ...PLANS, ...PRESENT_SCHEDULES, CONDITIONAL, POSSIBILITY];
const FUTURE = new RegExp(
  `${anyWord([...FUTURE_WORDS, ...STRIKES])}|${CONTRACTED_WILL}|${SUBJECT_SCHEDULE}|${PLURAL_SCHEDULE}|${INTENT_INFINITIVE}`,
  'i',
);

// Where one clause ends and the next begins: strong punctuation, a comma, or a conjunction that
// opens a new verb ("…said on Monday that the talks would resume on Friday").
const CONJUNCTIONS = [
  'that',
  'and',
  'but',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'when',
  'after',
  'before',
  'since',
];
// "filed on or before April 6": "before" there ends no clause.
const BOUNDARY = new RegExp(String.raw`[;:—–]|,\s|(?<!\bon or)\s${anyOf(CONJUNCTIONS)}\s`, 'gi');

/** The clause of `sentence` around [from, to): from the last boundary before it to the first after it. */
export function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  let start = 0;
  let end = sentence.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(sentence); m; m = BOUNDARY.exec(sentence)) {
    const mEnd = m.index + m[0].length;
    if (mEnd <= from) start = mEnd;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

function nearest(
  re: RegExp,
  window: string,
  at: number,
  skip: (w: string, i: number) => boolean = () => false,
): number | null {
  const g = new RegExp(re.source, 'gi');
  let best: number | null = null;
  for (let m = g.exec(window); m; m = g.exec(window)) {
    if (skip(m[0], m.index)) continue;
    const d = Math.abs(m.index - at);
    if (best === null || d < best) best = d;
  }
  return best;
}

// "was due to reopen", "were expected to sign", "had planned to": a schedule as it stood, not
// a tense: the day may have come and gone ("…but the work overran") or still lie ahead ("…and
// now is not"). Neither its past auxiliary nor its future word is a marker; the day stays nearest.
// So is an aside naming the first plan ("The work, originally scheduled to begin March 23, was…").
const PAST_OF_SCHEDULE = new RegExp(
  String.raw`\b(?:(?:was|were|had(?:\s+been)?)\s+(?:\w+ly\s+)?|(?:originally|initially)\s+)(?:${anyOf([
    'due',
    'expected',
    'scheduled',
    'slated',
    'set',
    'planned',
    'planning',
    'poised',
    'forecast',
    'predicted',
    'projected',
    'supposed',
    'meant',
    'going',
  ])})\s+(?:to|for|on|in|at|back)\b`,
  'gi',
);

const REPORTED_SCHEDULE = new RegExp(
  String.raw`\b(?:said|says|told\s+\S+|announced|added|warned)\s+(?:[\w'’-]+\s+){1,4}?${PAST_OF_SCHEDULE.source}[^,;:]{0,60}$`,
  'i',
);

function tenseOf(text: string, at: number): Tense {
  const window = maskCapitalMay(text);
  const schedules = [...window.matchAll(PAST_OF_SCHEDULE)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const inSchedule = (_w: string, i: number) => schedules.some((s) => s.from <= i && i < s.to);
  // "queued on Monday ahead of Saturday's derby": a cue that qualifies what follows it says nothing
  // of a date before it.
  const cue = nearest(
    FUTURE,
    window,
    at,
    (w, i) =>
      inSchedule(w, i) ||
      (i > at && FORWARD_ONLY.test(w)) ||
      RANKED_AHEAD.test(window.slice(i, i + 40)) ||
      // "threatened on Monday to strike": the day is the threat's.
      (i > at && isIntentAt(window, i)) ||
      (i < at && SCHEDULE_VERB_S.test(w) && pastVerbNext(window, at)) ||
      // "The new rules took effect on Sunday", "Early starts began on Sunday": a past verb right
      // after it makes the -s word a noun.
      (SCHEDULE_VERB_S.test(w) && pastVerbNext(window, i + w.length)),
  );
  const future = nearestNamedSchedule(window, at, cue); // a name's schedule: case-sensitive
  // "will be held": a participle right after a future marker belongs to the future; "is listed for":
  // one inside a future cue is part of it.
  const cues = [...window.matchAll(new RegExp(FUTURE.source, 'gi'))].map((m) => ({
    from: m.index,
    to: m.index + m[0].length,
  }));
  const inCue = (i: number) => cues.some((c) => c.from < i && i < c.to);
  const past = nearest(
    PAST,
    window,
    at,
    (w, i) =>
      inSchedule(w, i) ||
      NOT_PAST.test(w) ||
      inCue(i) ||
      (FUTURE.test(window.slice(Math.max(0, i - 16), i)) && !afterNoun(window.slice(Math.max(0, i - 16), i))) ||
      isSupposed(window, i),
  );
  if (future !== null && (past === null || future <= past)) return 'future';
  if (past !== null) return 'past';
  return 'unknown';
}

const CLAUSE_REACH = 300;
const TRAILING_ATTRIBUTION =
  /^,\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:said|says|told\s+\S+|added|warned|reported|announced)\s*[.!?]?["”’]?\s*$/i;

/**
 * Tense of the clause around an expression: the tense marker nearest to it inside its clause
 * decides; a clause with none ("On Friday, the minister resigned") takes the nearest marker within
 * 60 characters before and 40 after.
 */
export function tenseNear(text: string, start: number, to: number): Tense {
  // The expression itself ("next Friday", "last week") is not a marker of its clause. A preposition
  // chrono read with it stays: it may end a cue ("due on Friday", "expected at 9am on Monday").
  const from = start + (/^(?:on|at|in)\s+/i.exec(text.slice(start, to))?.[0].length ?? 0);
  // Trailing punctuation read with it ("Tuesday,") still ends its clause.
  const bare = from + text.slice(from, to).replace(/[\s,.;:!?]+$/, '').length;
  const sentence = `${text.slice(0, from)}${' '.repeat(bare - from)}${text.slice(bare)}`;
  const clause = clauseAround(sentence, from, bare);
  // A clause is read at most this far either side of the day: what is further off says nothing of it,
  // and a text of one endless clause would otherwise be read whole for each of its days.
  clause.start = Math.max(clause.start, from - CLAUSE_REACH);
  clause.end = Math.min(clause.end, bare + CLAUSE_REACH);
  const own = sentence.slice(clause.start, clause.end);
  // "it expected a near-normal service by Saturday": a deadline looked to, whatever the verb's tense.
  if (EXPECTED_BY.test(own.slice(0, from - clause.start))) return 'future';
  const inClause = tenseOf(own, from - clause.start);
  // "said rain was expected to ease on Thursday": a schedule reported with no "that" shares its clause
  // with the reporting verb, whose past is the telling's; the schedule as it stood leaves the day nearest.
  if (inClause === 'past' && REPORTED_SCHEDULE.test(own.slice(0, from - clause.start))) return 'unknown';
  // "told reporters on Monday she would resign": the day is the telling's, not the reported modal's.
  if (
    inClause === 'future' &&
    isReportingDay(own.slice(0, bare - clause.start), own.slice(bare - clause.start), tenseOf)
  )
    return 'past';
  // "crews that arrived on Tuesday will work through the weekend": the relative clause's past verb.
  // ("that" ends a clause, so the clause may start just after the pronoun: look back over it.)
  if (inClause === 'future' && inPastRelative(sentence.slice(Math.max(0, clause.start - 5), from), tenseOf))
    return 'past';
  // "would be open on Sunday but closed Monday": "closed" shares the "would be" before it.
  const gapped = inClause === 'past' ? gappedBeTense(sentence, clause.start, tenseOf) : null;
  if (gapped) return gapped;
  if (inClause !== 'unknown') return inClause;
  // "Smith, who completed the double on May 16, will report back": an aside's own verb, not the main
  // one; "after taking five wickets on Saturday": the clause it hangs from (gerund-clauses.ts).
  const aside =
    asideTense(sentence, from, bare, tenseOf) ??
    afterGerundTense(sentence, clause.start, tenseOf) ??
    withClauseTense(sentence, clause.start, tenseOf) ??
    frontedPhraseTense(sentence, clause.start, from, clause.end, tenseOf);
  if (aside) return aside;
  // "said on Monday that more snow was expected on Thursday": the clause's own schedule told in the
  // past leaves the day nearest; a reporting verb outside the clause does not make it past.
  if (new RegExp(PAST_OF_SCHEDULE.source, 'i').test(own)) return 'unknown';
  // "A warning is in force from Thursday, the Met Office said.": an attribution after the clause is
  // the telling, not the clause's tense; with no marker of its own the day stays nearest.
  if (TRAILING_ATTRIBUTION.test(sentence.slice(clause.end))) return 'unknown';
  // (The window is measured from the expression as chrono read it, preposition and all.)
  const lo = Math.max(0, start - 60);
  return tenseOf(sentence.slice(lo, Math.min(sentence.length, bare + 40)), from - lo);
}
