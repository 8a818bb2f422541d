/**
 * A weekday inside a span of days the story named before: "The festival runs from 29 July to 1
 * August 2027. … The opening night on Thursday … the Sunday evening" are the Thursday and Sunday of
 * the festival, not those near publication. Only where the sentence says nothing of its own time (no
 * tense cue; "Tickets go on sale on Friday" stays the Friday ahead of publication) or the weekday is
 * written as one of the span's ("the Sunday evening", "The Friday programme").
 */
import type * as chrono from 'chrono-node';
import { addDays, daysBetween } from '../time/calendar.js';
import { roleOf } from './date-roles.js';
import type { Sentence } from './sentences.js';
import { tenseNear } from './tense.js';
import type { DateMention } from './types.js';

type Read = Pick<chrono.ParsedResult, 'text' | 'index' | 'start'>;

// What joins a span's two ends as written: "29 July to 1 August", "29 July-1 August".
const SPAN_JOIN = /^\s*(?:to|until|till|through|[-–])\s*$/i;
// Longest span whose weekdays are told this way: a week (each weekday at most once in it).
const LONGEST = 6;
const THE_WEEKDAY = /\bthe\s+$/i;

/** The last span of a week or less that `earlier` holds, read in `text`, lying after publication. */
function lastSpan(earlier: DateMention[], text: string, published: string): [string, string] | null {
  for (let i = earlier.length - 1; i > 0; i--) {
    const a = earlier[i - 1];
    const b = earlier[i];
    if (!a || !b || !SPAN_JOIN.test(text.slice(a.end, b.start))) continue;
    const days = daysBetween(a.date, b.date);
    if (days > 0 && days <= LONGEST && a.date > published) return [a.date, b.date];
  }
  return null;
}

/** The mention moved to its weekday inside the story's last span, when it is one such weekday. */
export function inEarlierSpan(
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
  text: string,
): DateMention {
  if (published === null || !part.start.isCertain('weekday') || part.start.isCertain('day')) return m;
  if (/\b(?:last|next|this|past|coming)\b/i.test(part.text)) return m;
  const span = lastSpan(earlier, text, published);
  if (!span || (m.date >= span[0] && m.date <= span[1])) return m;
  const bare = THE_WEEKDAY.test(s.text.slice(Math.max(0, part.index - 6), part.index));
  if (!bare && tenseNear(s.text, part.index, part.index + part.text.length) !== 'unknown') return m;
  const weekday = part.start.get('weekday') ?? -1;
  for (let d = span[0]; d <= span[1]; d = addDays(d, 1)) {
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === weekday)
      return { ...m, date: d, role: roleOf(d, published, s.text.slice(0, part.index), s.text) };
  }
  return m;
}
