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
  return {
    days: -days,
    status: 'passed',
    text: `Passed ${plural(-days)} ago: ${toldAsPassed(key.label)} (${key.date})`,
  };
}

// A label written before the day ("A funeral service will be held") is told as the plan it was once
// the day has passed: "would be held", "was scheduled", "had to". Only its first such verb.
const PASSED: ReadonlyArray<[RegExp, string]> = [
  [/\bwill\b/, 'would'],
  [/\b(?:is|are) (?=(?:scheduled|expected|due|set|slated|planned|to)\b)/, ''],
  [/\bmust\b/, 'had to'],
  [/\bplans? to\b/, 'planned to'],
];

function toldAsPassed(label: string): string {
  for (const [re, to] of PASSED) {
    const m = re.exec(label);
    if (!m) continue;
    const verb = to === '' ? (m[0].startsWith('is') ? 'was ' : 'were ') : to;
    return label.slice(0, m.index) + verb + label.slice(m.index + m[0].length);
  }
  return label;
}

function plural(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}
