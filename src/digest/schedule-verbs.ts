import { anyOf, anyWord } from './regex-parts.js';

/**
 * Verbs that tell a schedule in the present after a singular subject ("the board meets Friday", "the
 * court hears arguments Friday"): a day after one of them is ahead. Reporting verbs ("says", "tells")
 * are not here: "the company says on Friday" is the day it spoke.
 */
export const SCHEDULE_VERBS_S = [
  'meets',
  'convenes',
  'sits',
  'votes',
  'decides',
  'rules',
  'hears',
  'considers',
  'debates',
  'takes up',
  // "the festival, which falls on Thursday": a day of the calendar, told in the present.
  'falls on',
  'goes',
  'heads',
  'travels',
  'visits',
  'hosts',
  'holds',
  'launches',
  'unveils',
  'releases',
  'publishes',
  'announces',
  'reports',
  'delivers',
  'premieres',
  'debuts',
  'closes',
  'shuts',
  'lapses',
  'appears',
  'returns',
  'leaves',
  'arrives',
  'sentences',
];

/**
 * The same schedules told after a plural subject ("the Eagles host Seattle on Sunday", "the two
 * sides meet again Friday", "Kymi shareholders vote Monday") or, British and sporting, after a
 * subject set off by an aside ("England, who beat Norway on Saturday, play Belgium on Saturday").
 * Base forms that are as often nouns or adjectives at a clause's start ("report", "head", "hold",
 * "open", "leave") or past forms too ("shut", "set") are left out.
 */
export const SCHEDULE_VERBS_BASE = [
  'play',
  'host',
  'face',
  'meet',
  'visit',
  'travel',
  'train',
  'return',
  'vote',
  'convene',
  'hear',
  'decide',
  'consider',
  'debate',
  'launch',
  'unveil',
  'publish',
  'announce',
  'deliver',
  'appear',
  'arrive',
  'fly',
];

// A plural subject: a determiner and a word in -s ("the two sides", "the New York Knicks"), a
// clause that opens with a word in -s ("Kymi shareholders"), "they", "we"; or none left in the
// clause, its subject set off before an aside ("The Heat, who lost on Sunday, play…").
// Words in -s that are no plural noun: "after its launch on Jan. 16" names no schedule.
const S_WORDS = ['its', 'his', 'this', 'was', 'has', 'does', 'thus', 'plus', 'whereas', 'perhaps'];
const PLURAL_SUBJECT = String.raw`(?<=(?:^|(?:^|\b(?:the|their|both|all|two|three|four)\s+)(?:[\w-]+\s+){0,2}(?!${anyOf(S_WORDS)}\s)[a-z][\w-]*[^sS'’\W]s\s+|\b(?:they|we)\s+))`;
/** A base-form schedule verb after a plural subject, as regular-expression source. */
export const PLURAL_SCHEDULE = `${PLURAL_SUBJECT}${anyWord(SCHEDULE_VERBS_BASE)}`;

// A possessive noun phrase as subject: "the union's executive", "Acme's board", "the workers' council
// meets Friday". Its head, as after a determiner, is a word not in -s ("the union's talks Friday
// failed" stays a noun). "it's", "that's", "let's" are no possessive.
const NOT_CONTRACTION = String.raw`(?<!\b(?:it|that|what|there|here|he|she|who|let|where|how)['’]s)`;
/** A schedule verb in -s after a possessive singular subject, as regular-expression source. */
export const POSSESSIVE_SCHEDULE = String.raw`(?<=\b[a-z][\w-]*(?:['’]s|s['’])${NOT_CONTRACTION}\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?<![sS'’])\s+)${anyWord(SCHEDULE_VERBS_S)}`;
