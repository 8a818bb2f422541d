/**
 * "Mr Harrigan appears on Wednesday, November 19 … the health minister will follow on the Friday": a
 * weekday written with "the" and nothing counting it from elsewhere is that weekday of the days the
 * story is telling, the first after the day it last named, not the one nearest publication.
 */
import type * as chrono from 'chrono-node';
import { addDays, daysBetween } from '../time/calendar.js';
import { roleOf } from './date-roles.js';
import type { Sentence } from './sentences.js';
import type { DateMention } from './types.js';

type Read = Pick<chrono.ParsedResult, 'text' | 'index' | 'start'>;

// "on the Friday", "until the Sunday"; not "The Friday programme" nor "the Friday before" (date-anchors.ts).
const ON_THE = /\b(?:on|by|until|till|from)\s+the\s+$/i;
// The day counted from is the story's only while it is near: a sentence or two back.
const NEAR = 400;
const ENDS_THERE = /^(?:\s*(?:[.,;:!?)]|$)|\s+(?:morning|afternoon|evening|night)\b)/i;

/** The mention moved to the first such weekday after `last` (the day the story named before it), within a week. */
export function onTheWeekday(
  s: Sentence,
  part: Read,
  m: DateMention,
  last: DateMention | undefined,
  published: string | null,
): DateMention {
  if (!last || m.start - last.end > NEAR || !part.start.isCertain('weekday') || part.start.isCertain('day')) return m;
  if (!ON_THE.test(s.text.slice(Math.max(0, part.index - 10), part.index))) return m;
  if (!ENDS_THERE.test(s.text.slice(part.index + part.text.length))) return m;
  const weekday = part.start.get('weekday') ?? 0;
  const date = addDays(last.date, (weekday - new Date(`${last.date}T00:00:00Z`).getUTCDay() + 7) % 7 || 7);
  if (date === m.date || daysBetween(last.date, date) > 6) return m;
  return { ...m, date, role: roleOf(date, published, s.text.slice(0, part.index), s.text) };
}
