import * as chrono from 'chrono-node';
import { monthDayParser } from './month-days.js';

/** Fixed and rule-based holidays a news story counts down to. Year: the one nearest the publication date. */
const HOLIDAYS: Array<[RegExp, (year: number) => [number, number], 'this'?]> = [
  [/christmas eve/i, () => [12, 24]],
  [/christmas(?: day)?/i, () => [12, 25]],
  [/boxing day/i, () => [12, 26]],
  [/new year['’]?s eve/i, () => [12, 31]],
  [/new year['’]?s(?: day)?/i, () => [1, 1]],
  [/valentine['’]?s day/i, () => [2, 14]],
  [/independence day|fourth of july|4th of july/i, () => [7, 4]],
  [/halloween/i, () => [10, 31]],
  [/veterans day|armistice day/i, () => [11, 11]],
  [/year[- ]end/i, () => [12, 31]],
  // "since the start of this year", "by the end of the year": the publication's year, not the nearest one.
  [/the (?:start|beginning) of (?:this|the) year/i, () => [1, 1], 'this'],
  [/the end of (?:this|the) year/i, () => [12, 31], 'this'],
  [/thanksgiving(?: day)?/i, (y) => [11, nthWeekday(y, 10, 4, 4)]],
  [/election day/i, (y) => [11, nthWeekday(y, 10, 1, 1) + 1]],
  [/labou?r day/i, (y) => [9, nthWeekday(y, 8, 1, 1)]],
  [/memorial day/i, (y) => [5, lastWeekday(y, 4, 1)]],
];

const PATTERN = new RegExp(`\\b(?:${HOLIDAYS.map(([re]) => re.source).join('|')})\\b`, 'i');

/** True when the text names a holiday this parser knows. */
export function isHolidayText(t: string): boolean {
  return PATTERN.test(t);
}

/** Day of month of the nth weekday (0 = Sunday) of a month (0-based). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

function nearest(ref: Date, rule: (year: number) => [number, number]): [number, number, number] {
  const y = ref.getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => {
    const [m, d] = rule(year);
    return [year, m, d, Math.abs(Date.UTC(year, m - 1, d) - ref.getTime())] as const;
  });
  const best = candidates.reduce((a, b) => (b[3] < a[3] ? b : a));
  return [best[0], best[1], best[2]];
}

function thisYear(ref: Date, rule: (year: number) => [number, number]): [number, number, number] {
  const y = ref.getUTCFullYear();
  return [y, ...rule(y)];
}

const holidayParser: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const found = HOLIDAYS.find(([re]) => re.test(match[0]));
    if (!found) return null;
    const [, rule, which] = found;
    const ref = context.reference.instant;
    const [year, month, day] = which === 'this' ? thisYear(ref, rule) : nearest(ref, rule);
    return { year, month, day };
  },
};

/** chrono's English parser with holidays ("Thanksgiving Day", "Election Day", "year-end") and days with no month ("on the 6th") added. */
export const dateParser: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.push(holidayParser, monthDayParser);
  return c;
})();
