import type { Countdown, KeyDate } from './types.js';
import { dayInZone, daysBetween } from '../time/calendar.js';

/**
 * Whole days from `now` (as a calendar day in `timeZone`) to the key date. After the date it says
 * how long ago it passed; it never rolls over to the next year.
 */
export function countdown(key: KeyDate | null, now: Date, timeZone = 'UTC'): Countdown | null {
  if (key === null) return null;
  const days = daysBetween(dayInZone(now, timeZone), key.date);
  if (days > 0) return { days, status: 'upcoming', text: `${plural(days)} to go: ${key.label} (${key.date})` };
  if (days === 0) return { days: 0, status: 'today', text: `Today: ${key.label} (${key.date})` };
  return { days: -days, status: 'passed', text: `Passed ${plural(-days)} ago: ${key.label} (${key.date})` };
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
