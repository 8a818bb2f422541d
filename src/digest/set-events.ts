import { anyOf } from './regex-parts.js';

// Fixtures and performances: what a squad is picked for or a show adds.
const EVENT_NOUNS = [
  'match(?:es)?',
  'games?',
  'tests?',
  'fixtures?',
  'ties?',
  'finals?',
  'semi-finals?',
  'quarter-finals?',
  'concerts?',
  'shows?',
  'gigs?',
  'bouts?',
  'fights?',
  'races?',
  'clash',
  'derby',
  'opener',
  'performances?',
  'recital',
  'screenings?',
  'premiere',
];
const PICKED = [
  'added',
  'announced',
  'booked',
  'scheduled',
  'arranged',
  'named',
  'picked',
  'recalled',
  'selected',
  'chose',
  'chosen',
  String.raw`called\s+up`,
  'confirmed',
];
// "recalled the fly-half on Wednesday for their match against Italy at Murrayfield on Saturday",
// "have added a second concert at the 3Arena on 14 June": a past verb that picks players for a
// fixture, or adds or books a show, names an event still to come; the day after the event (and its
// opponent or place) is that event's, ahead. Only a fixture the verb picks for or adds outright: "won
// the final on Saturday" and "named player of the match on Saturday" tell what is gone by.
const SETS_EVENT = new RegExp(
  String.raw`\b${anyOf(PICKED)}\s+(?:(?:[\w'’-]+\s+){0,6}?for\s+)?(?:a|an|the|their|its|his|her|our)\s+(?:[\w'’-]+\s+){0,3}?${anyOf(EVENT_NOUNS)}\s+(?:(?:against|at|in|with|v|vs\.?|versus|between)\s+(?:[\w'’.-]+\s+){1,4}?){0,2}(?:on\s+)?$`,
  'i',
);

/** True when the words before a day (up to 160 characters) name a fixture or show a past verb set up. */
export function setsEvent(before: string): boolean {
  return SETS_EVENT.test(before.slice(-160));
}
