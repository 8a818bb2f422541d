/**
 * "the first Monday of April", "the last Friday in June": a day chrono does not read (it takes the
 * weekday alone, the one nearest publication). Read here into the day it names, in the year that
 * puts it nearest the publication day, as a month and day without a year are.
 */
import type * as chrono from 'chrono-node';
import { dateParser } from './holidays.js';
import { daysBetween, isoOf, MONTH_NAMES } from '../time/calendar.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'last'];
const ORDINAL_FIGURES: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: readonly string[] = MONTH_NAMES;
const NTH_WEEKDAY = new RegExp(
  String.raw`\b(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(${WEEKDAYS.join('|')})\s+(?:of|in)\s+(${MONTHS.map((m) => `${m[0]?.toUpperCase()}${m.slice(1)}`).join('|')})(?:\s+(\d{4}))?\b`,
  'gi',
);

// "the first Monday of every month": a day that comes round, which names no one day.
const NTH_OF_EVERY = new RegExp(
  String.raw`\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:${WEEKDAYS.join('|')})\s+(?:of|in)\s+(?:every|each|the)\s+month\b`,
  'gi',
);

/** What chrono would have given: the expression as written, where, and its day. */
type Read = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'tags'>;

/** The expressions in `text`, each with the day it names; `published` chooses the year when none is written. */
export function nthWeekdays(text: string, published: string | null): Read[] {
  const out: Read[] = [];
  for (const m of text.matchAll(NTH_WEEKDAY)) {
    const word = (m[1] ?? '').toLowerCase();
    const nth = ORDINALS.indexOf(ORDINAL_FIGURES[word] ?? word);
    const weekday = WEEKDAYS.indexOf((m[2] ?? '').toLowerCase());
    const month = MONTHS.indexOf((m[3] ?? '').toLowerCase());
    const written = m[4] ? Number(m[4]) : null;
    const base = Number((published ?? '').slice(0, 4));
    if (written === null && !base) continue;
    const years = written !== null ? [written] : [base - 1, base, base + 1];
    const days = years.map((y) => dayOf(y, month, weekday, nth));
    const day = published === null ? days[0] : nearest(days, published);
    // Parsed as chrono reads a whole date, so every later rule sees a day, month and year it is sure of.
    // With no year written, the year is left implied, so the yearless place rules move it as they move
    // "on 24 November" (nthWeekdayIn then finds the day in the year they chose).
    const asRead = written !== null ? day : day && `${Number(day.slice(8))} ${MONTHS[month]}`;
    const read = day && asRead ? dateParser.parse(asRead, new Date(`${day}T12:00:00Z`))[0] : undefined;
    if (!read) continue;
    out.push({ text: m[0], index: m.index, start: read.start, tags: () => read.tags() });
  }
  return out;
}

/** The day "the first Monday of April" (as `text` writes it) names in `year`, or null when it names none. */
export function nthWeekdayIn(text: string, year: number): string | null {
  const m = new RegExp(NTH_WEEKDAY.source, 'i').exec(text);
  if (m?.index !== 0) return null;
  const word = (m[1] ?? '').toLowerCase();
  const nth = ORDINALS.indexOf(ORDINAL_FIGURES[word] ?? word);
  return dayOf(year, MONTHS.indexOf((m[3] ?? '').toLowerCase()), WEEKDAYS.indexOf((m[2] ?? '').toLowerCase()), nth);
}

/**
 * The text with each such expression, and each that comes round every month, blanked (same length),
 * so chrono does not read its weekday alone.
 */
export function maskNthWeekdays(text: string): string {
  const blank = (m: string): string => '_'.repeat(m.length);
  return text.replace(NTH_WEEKDAY, blank).replace(NTH_OF_EVERY, blank);
}

// The `nth` (0-based; 4: the last) `weekday` of `month` in `year`, as YYYY-MM-DD.
function dayOf(year: number, month: number, weekday: number, nth: number): string {
  if (nth === 4) {
    const last = new Date(Date.UTC(year, month + 1, 0));
    return isoOf(new Date(Date.UTC(year, month, last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7))));
  }
  const first = new Date(Date.UTC(year, month, 1));
  return isoOf(new Date(Date.UTC(year, month, 1 + ((weekday - first.getUTCDay() + 7) % 7) + nth * 7)));
}

function nearest(days: string[], published: string): string | undefined {
  return [...days].sort((a, b) => Math.abs(daysBetween(published, a)) - Math.abs(daysBetween(published, b)))[0];
}
