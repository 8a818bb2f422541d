import { addDays, MONTH_NAMES } from '../time/calendar.js';
import { anyOf, anyWord } from './regex-parts.js';
import { holidayIn } from './holidays.js';

const MONTHS: readonly string[] = MONTH_NAMES;
// A month the headline sets the story in: "trial set for June", "to be sentenced in November", "Judge
// sets September trial". Not a bare "May" ("Annan may go", "May suffers defeat"): a preposition or an
// event after it makes it a month.
const MONTH_BEFORE = anyWord(['in', 'for', 'by', 'until', 'from', 'next', 'this', 'early', 'late', 'mid-?']);
const MONTH_EVENT = anyWord([
  'trial',
  'strikes?',
  'elections?',
  'vote',
  'ballot',
  'hearing',
  'launch',
  'summit',
  'walkouts?',
]);
const MONTH = new RegExp(`${MONTH_BEFORE}\\s+(${anyOf(MONTHS)})\\b|\\b(${anyOf(MONTHS)})\\s+${MONTH_EVENT}`, 'i');
const WEEKEND = /\b(?:this\s+|the\s+)?weekend\b/i;
const NOT_THIS_WEEKEND = /\b(?:next|last)\s+weekend\b/i;
const MIDWEEK = /\bmid-?week\b/i;
const THIS_WEEK = /\bthis\s+week\b/i;
const NEXT_WEEK = /\bnext\s+week\b/i;
const NEXT_MONTH = /\bnext\s+month\b/i;
const THIS_MONTH = /\b(?:later\s+)?this\s+month\b/i;

type Period = { from: string; to: string };

// "Easter rail closures", "Easter getaway": Easter alone in a headline is the holiday weekend, Good
// Friday to Easter Monday, not its Sunday ("Easter Sunday", "Easter Monday" name their day).
const EASTER_BREAK = /\bEaster\b(?!\s+(?:Sunday|Day|Monday|Saturday|eggs?)\b)/;

/** True when the headline names Easter as its holiday weekend (see titlePeriod). */
export const namesEasterBreak = (title: string): boolean => EASTER_BREAK.test(title);

// The coming (or current) Easter weekend, Good Friday to Easter Monday.
function easterBreak(published: string): Period | null {
  const year = Number(published.slice(0, 4));
  for (const y of [year, year + 1]) {
    const [from, to] = [holidayIn('Good Friday', y), holidayIn('Easter Monday', y)];
    if (from && to && to >= published) return { from, to };
  }
  return null;
}

/**
 * The part of the calendar the headline puts its story in: "Heatwave to peak this weekend" the coming
 * Saturday and Sunday, "trial set for June" that June. Null when the headline names no period.
 */
export function titlePeriod(title: string, published: string): Period | null {
  const day = weekday(published);
  // Days to the coming Sunday, the week's end (0 on a Sunday).
  const toSunday = (7 - day) % 7;
  if (WEEKEND.test(title) && !NOT_THIS_WEEKEND.test(title)) {
    return { from: day === 0 ? published : addDays(published, Math.max(0, 6 - day)), to: addDays(published, toSunday) };
  }
  if (MIDWEEK.test(title)) {
    // Tuesday to Thursday of this week, or of the next once this week's have passed.
    const monday = addDays(published, day >= 4 || day === 0 ? toSunday + 1 : 1 - day);
    return { from: addDays(monday, 1), to: addDays(monday, 3) };
  }
  if (namesEasterBreak(title)) return easterBreak(published);
  if (THIS_WEEK.test(title)) return { from: published, to: addDays(published, toSunday) };
  if (NEXT_WEEK.test(title)) return { from: addDays(published, toSunday + 1), to: addDays(published, toSunday + 7) };
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (NEXT_MONTH.test(title)) return monthOf(month === 12 ? year + 1 : year, (month % 12) + 1);
  if (THIS_MONTH.test(title)) return { from: published, to: monthOf(year, month).to };
  const named = MONTH.exec(title);
  const name = (named?.[1] ?? named?.[2])?.toLowerCase();
  if (!name) return null;
  const m = MONTHS.indexOf(name) + 1;
  return monthOf(m >= month ? year : year + 1, m);
}

function monthOf(year: number, month: number): Period {
  const from = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

// 0 for Sunday to 6 for Saturday.
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}
