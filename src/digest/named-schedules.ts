import { anyOf } from './regex-parts.js';
import { SCHEDULE_VERBS_S } from './schedule-verbs.js';

/**
 * A schedule told in the present after a name: "when England play Australia on Wednesday", "The Red
 * Sox host Milwaukee on Sunday", "Denver hosts the Jets on Sunday", "Seattle visits Fenway Park on
 * Tuesday". Sport writes a team, singular in form, with a plural verb, and a city takes the -s form
 * with no determiner, so neither subject test of tense.ts (a determiner, a word in -s) sees them.
 * The name is told by its capital, so this is read case-sensitively, apart from the case-blind cues.
 */

// Base forms that sport puts after a team; not "vote", "return", "launch" ("the Senate vote on
// Friday", "the Chelsea return"), which after a name are as often nouns.
const TEAM_VERBS = ['play', 'host', 'face', 'meet', 'visit', 'travel to', 'entertain'];
// A capital word that is no weekday, month or sentence's function word ("On Monday play resumed").
const NOT_NAME = String.raw`(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|M_y|June?|July?|Aug|Sept?|Oct|Nov|Dec|On|In|At|By|When|After|Before|If|But|And|The|A|An|It|This|That)\b)`;
const NAME = String.raw`(?<=(?:^|[^\w'’])${NOT_NAME}[A-Z][\w'’.-]*\s+)`;
const NAMED_SCHEDULE = new RegExp(`${NAME}${anyOf([...TEAM_VERBS, ...SCHEDULE_VERBS_S])}\\b`, 'g');

/** The distance from `at` to the nearest such schedule in `window`, if nearer than `future`. */
export function nearestNamedSchedule(window: string, at: number, future: number | null): number | null {
  let best = future;
  for (const m of window.matchAll(NAMED_SCHEDULE)) {
    const d = Math.abs(m.index - at);
    if (best === null || d < best) best = d;
  }
  return best;
}
