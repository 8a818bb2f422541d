/** The words that mark a clause as past, and the -ed words that do not: tense.ts's word lists. */
import { PAST_ABILITY } from './modal-cues.js';
import { anyOf, anyWord } from './regex-parts.js';

// Past forms: "was", "had", irregular pasts and regular -ed pasts. Participles that belong to a
// future ("is scheduled for", "expected back") are taken out by FUTURE first.
const PAST_AUXILIARIES = ['was', 'were', 'had', 'did', 'has been', 'have been'];
// ("a week earlier than this year": a comparison, no time gone by.)
const PAST_ADVERBS = ['ago', 'last', String.raw`earlier(?!\s+than\b)`, 'previously', 'yesterday'];
export const IRREGULAR_PASTS = [
  'struck',
  'took',
  'made',
  'came',
  'went',
  'gave',
  'told',
  'left',
  'began',
  'won',
  'lost',
  'met',
  'held',
  'saw',
  'fell',
  'rose',
  'spoke',
  'wrote',
  'sent',
  'brought',
  'bought',
  'thought',
  'found',
  'kept',
  'led',
  'paid',
  'stood',
  'became',
  'broke',
  'chose',
  'drove',
  'fought',
  'flew',
  'grew',
  'knew',
  'sold',
  'shot',
  'spent',
  'threw',
  'beat',
  'caught',
  'drew',
  'fled',
  'hid',
  'hung',
  'meant',
  'sought',
  'taught',
  'tore',
  'wore',
  'ran',
  'sat',
  'said',
  'withdrew',
  'felt',
  'heard',
  'built',
  'dealt',
  'laid',
  'sank',
  'slid',
  'shrank',
  'swept',
  'rang',
  'stole',
  'undertook',
  'underwent',
  'upheld',
  'oversaw',
  'froze',
  'forgave',
  'forgot',
  'shook',
  'spun',
  'sprang',
  'withheld',
  'swore',
  'overtook',
  'overcame',
  'forbade',
  'foresaw',
  'bent',
  'blew',
  'dug',
];
/** A regular past form, as a pattern: "filed", "named" (two letters at least before "ed": not "red", "bed"). */
export const REGULAR_PAST = String.raw`\w{2,}ed`;
// "The Fed cut rates on Thursday", "the banks set the price on Thursday night": pasts spelt as their
// base form, and nouns too. A past only where neither a base form ("to cut", "did not cut", "could
// set") nor a noun ("a rate cut", "the set") can stand.
const NOT_BASE_OR_NOUN = String.raw`(?<!\b(?:a|an|the|to|not|did|didn['’]t|does|do|can|could|may|might|should|rate|tax|price|pay|job|budget|spending|interest|deep|further)\s)`;
// "The committee on Tuesday put off a vote", "put back the launch": "put" with the particle of a
// phrasal verb of delay is a deed told, as "cut" and "set" are ("will put off" stays ahead: a past
// word right after a future cue is no marker).
const SAME_AS_BASE = `${NOT_BASE_OR_NOUN}${anyOf(['cut', 'set', String.raw`put(?=\s+(?:off|back|on\s+hold)\b)`])}`;
// "Mattingly, who hit two home runs on Monday, will rest", "Smith, who hurt his knee on Saturday":
// after a relative pronoun with a singular subject, the present would be "hits", "hurts", so the
// bare form is past. Not everywhere ("a big hit on Monday", "will hit"): only there.
const RELATIVE_SAME_AS_BASE = String.raw`(?<=\b(?:who|which)\s+(?:\w+ly\s+)?)${anyOf(['hit', 'hurt', 'put', 'shut', 'quit', 'split', 'upset'])}`;
/** A past form: an auxiliary, a past adverb, an irregular past or a regular -ed word. */
export const PAST = new RegExp(
  anyWord([
    ...PAST_AUXILIARIES,
    ...PAST_ADVERBS,
    ...IRREGULAR_PASTS,
    SAME_AS_BASE,
    RELATIVE_SAME_AS_BASE,
    PAST_ABILITY,
    REGULAR_PAST,
  ]),
  'i',
);

// -ed words that are not past verbs: words that merely end in -ed, and participles used as
// adjectives ("the proposed law", "the alleged gunman").
const ENDING_IN_ED = [
  'need',
  'indeed',
  'hundred',
  'speed',
  'seed',
  'bed',
  'red',
  'proceed',
  'exceed',
  'succeed',
  'feed',
  'breed',
  'shed',
  'bleed',
  'steed',
  'greed',
  'weed',
  'creed',
  'deed',
  'freed',
];
const ADJECTIVES_IN_ED = [
  'united',
  'limited',
  'based',
  'advanced',
  'scheduled',
  'slated',
  'expected',
  'planned',
  'proposed',
  'supposed',
  'interested',
  'concerned',
  'related',
  'armed',
  'aged',
  'naked',
  'wicked',
  'sacred',
  'beloved',
  'alleged',
  'accused',
  'unnamed',
  'unidentified',
  'detailed',
  'mixed',
  'so-called',
];
/** An -ed word that is no past verb (checked against a whole word PAST found). */
export const NOT_PAST = new RegExp(`^${anyOf([...ENDING_IN_ED, ...ADJECTIVES_IN_ED])}$`, 'i');
