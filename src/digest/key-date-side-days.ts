/**
 * Mentions that weigh only as a bare mention for the countdown and explain their day last: a day
 * called off, a use-by date on a recall's packs, and the last day of a period that starts ahead.
 */
import type { Sentence } from './sentences.js';
import type { DateMention } from './types.js';
import { calledOff } from './key-date-called-off.js';
import { packDate } from './key-date-pack-dates.js';

// "from Good Friday, 18 April, until Easter Monday, " before "21 April": the period's first day
// (either day may be written twice, by name and by date), the join, and the last day's other name.
// (The last "from": "between the two stations from Good Friday".)
const DAY_WORDS = String.raw`(?:(?!\b(?:from|between)\s)[^,;.]){1,40}?`;
const PERIOD_TO = new RegExp(
  String.raw`\b(?:from|between)\s+(${DAY_WORDS}(?:,\s*[^,;.]{1,30}?)?),?\s+(?:until|till|to|through|and)\s+(?:the\s+)?(?:[^,;.]{1,30},\s*)?$`,
  'i',
);

/**
 * True when `d` ends a period whose first day, also among `ahead`, the sentence names just before it:
 * "No trains will run from Good Friday until Easter Monday" counts down to the Friday the line
 * closes, not to the Monday it reopens. (A period already running counts down to its end.)
 */
function endsPeriodAhead(s: Sentence | undefined, d: DateMention, ahead: readonly DateMention[]): boolean {
  if (!s) return false;
  const from = Math.max(0, d.start - s.start - 120);
  const m = PERIOD_TO.exec(s.text.slice(from, d.start - s.start));
  if (!m?.[1]) return false;
  const first = s.start + from + m.index + m[0].indexOf(m[1]);
  // chrono may read "from" with the first day ("from 6pm Thursday until noon Friday").
  return ahead.some((e) => e.start <= first && e.end > first && e.date < d.date);
}

/** Whether the mention weighs as a bare mention and explains its day last (see above). */
export function sideDay(s: Sentence | undefined, d: DateMention, ahead: readonly DateMention[]): boolean {
  return calledOff(s, d) || packDate(s, d) || endsPeriodAhead(s, d, ahead);
}
