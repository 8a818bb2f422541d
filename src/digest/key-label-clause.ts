import { anyOf, anyWord } from './regex-parts.js';

// Bounded look-back, so that a long sentence costs no more than a short one.
const WINDOW = 200;
const MODAL = anyWord(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should']);

// "…named an unchanged side on Tuesday for the match, when England play Wales at Lord's on Sunday":
// the day belongs to the "when" clause it ends, which says what happens on it. (Not one that opens
// the sentence, whose main clause follows its comma; nor one whose own clause has ended without a
// comma: "Fans who queued when tickets went on sale will see…".)
const WHEN_BEFORE = new RegExp(String.raw`(?:^|[\s,])when\s+((?:(?!${MODAL})[^,;:.!?—–()])+)$`, 'i');

/** The words of a "when" clause that runs up to the date, or null. */
export function whenClauseBefore(sentence: string, at: number): string | null {
  const lead = sentence.slice(Math.max(0, at - WINDOW), at);
  const m = WHEN_BEFORE.exec(lead);
  return m?.[1] ?? null;
}

// "…for the T20 World Cup, which starts in India on 7 February": the day ends a clause on a noun
// before it, which says what that noun does on the day. (Not one with a subject of its own, "which
// the mayor will sign", nor one that only reports: "who said on Monday…".)
// Words that open a clause with a subject of its own.
const SUBJECTS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'it', 'they', 'he', 'she', 'we', 'i', 'you'];
const RELATIVE_BEFORE = new RegExp(
  String.raw`,\s+(?:which|who)\s+(?!${anyWord(SUBJECTS)}|\p{Lu})((?:(?!${anyWord(['which', 'who', 'said', 'says', 'told'])})[^,;:.!?—–()])+)$`,
  // (Case matters: with "i", \p{Lu} would match any letter.)
  'u',
);
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these)$/i;
// Words that end the noun phrase when read backwards from the comma: a preposition that ties it to
// a verb, a verb, a conjunction. ("of", "in", "against" stay inside it: "their tour of Japan".)
const PHRASE_END = new RegExp(
  `^${anyOf([
    // Prepositions after a verb: "named a squad for", "ahead of".
    'for',
    'to',
    'before',
    'after',
    'ahead',
    'with',
    'by',
    'from',
    'about',
    'until',
    'since',
    'during',
    'over',
    'into',
    'than',
    // Joins.
    'and',
    'or',
    'but',
    'that',
    // Verbs: auxiliaries and the common past tenses without "-ed".
    'is',
    'are',
    'was',
    'were',
    'has',
    'have',
    'had',
    'will',
    'would',
    'won',
    'lost',
    'beat',
    'made',
    'set',
    'gave',
    'took',
    'met',
    'held',
    'put',
    'led',
    'paid',
    'sold',
    'bought',
    'began',
    'became',
    // Reporting verbs: "The mayor said the bridge, which…" is about the bridge.
    'said',
    'says',
    'told',
    'wrote',
  ])}$`,
  'i',
);
const NOUN_WORDS = 8;

// "the 2026 Budget, to be tabled on Friday,", "the bridge, due to open on Friday,": an infinitive aside
// says as much as "which will open", told as "is to be tabled", "is due to open".
const TO_BE_BEFORE = /,\s+((?:to\s+be|due\s+to|set\s+to|scheduled\s+to|expected\s+to)\s+[^,;:.!?—–()]+)$/i;

/** The noun a "which"/"who" clause running up to the date is on, and the clause, or null. */
export function relativeBefore(sentence: string, at: number): { noun: string; clause: string } | null {
  const lead = sentence.slice(Math.max(0, at - WINDOW), at);
  const relative = RELATIVE_BEFORE.exec(lead);
  const m = relative ?? TO_BE_BEFORE.exec(lead);
  if (!m?.[1]) return null;
  const words = lead.slice(0, m.index).split(/\s+/).slice(-NOUN_WORDS);
  let start = -1;
  let names = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    // A lower-case "-ed" word is a verb unless a determiner sets it before a noun: "the revised plan".
    const verb = /^\p{Ll}+ed$/u.test(w) && !DETERMINER.test(words[i - 1] ?? '');
    if (PHRASE_END.test(w) || verb || /[,;:]$/.test(w)) break;
    if (DETERMINER.test(w)) start = i;
    // ("Eid al-Fitr": a particle before a capital is part of the name.)
    if (names === i + 1 && /^(?:\p{Ll}{1,3}-)?\p{Lu}/u.test(w)) names = i;
  }
  // Without a determiner, a name: "ahead of Carnival", "against Leeds United".
  const from = start >= 0 ? start : names < words.length ? names : -1;
  if (from < 0) return null;
  const noun = words.slice(from).join(' ');
  if (relative) return { noun, clause: m[1] };
  // (A plural noun takes "are": "the talks are to be held"; "the bus", "the Budget" take "is".)
  const plural = /\p{Ll}[^s\s]s$/u.test(noun) && !/\bnews$/i.test(noun);
  return { noun, clause: `${plural ? 'are' : 'is'} ${m[1]}` };
}

// "Leeds will host Everton in the fifth round, the draw showed, with the tie to be played on 1 March":
// a trailing "with … to be played" only times what the opening clause says will happen.
const STAGED_WITH =
  /,\s+with\s+(?:the|a|an|its|their)\s+[^,;:]{1,40}?\s+to\s+be\s+(?:played|held|staged)\b[^,;:]{0,60}$/i;
const OPENING_FUTURE = new RegExp(`^[^,;:]*?${MODAL}[^,;:]*`, 'i');

/** The opening clause when the date ends a trailing "with … to be played" that only times it, or null. */
export function stagedMainClause(sentence: string, at: number): string | null {
  if (!STAGED_WITH.test(sentence.slice(Math.max(0, at - WINDOW), at))) return null;
  return OPENING_FUTURE.exec(sentence.slice(0, WINDOW))?.[0] ?? null;
}

// "…over pay, with the ballot closing at noon on 20 November": a "with" phrase whose verb is a
// participle; a reader writes it as a clause, "The ballot closes". Only these verbs, whose -s form is
// known: a list, not a guess at English spelling.
const GERUNDS: Record<string, string> = {
  closing: 'closes',
  opening: 'opens',
  starting: 'starts',
  beginning: 'begins',
  ending: 'ends',
  expiring: 'expires',
  running: 'runs',
  arriving: 'arrives',
  returning: 'returns',
  resuming: 'resumes',
};
const WITH_GERUND = new RegExp(
  String.raw`^\s*with\s+((?:the|a|an|its|their|his|her|\p{Lu}[\p{L}'’-]*)\s+(?:[^,;:\s]+\s+){0,4}?)(${Object.keys(GERUNDS).join('|')})\b`,
  'iu',
);

/** The "with" phrase as a clause ("The ballot closes" and what follows), or null when it is none. */
export function withAsClause(clause: string): string | null {
  const m = WITH_GERUND.exec(clause);
  if (!m?.[1] || !m[2]) return null;
  const rest = clause.slice(m.index + m[0].length);
  return `${m[1]}${GERUNDS[m[2].toLowerCase()]}${rest}`;
}
