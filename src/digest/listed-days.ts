/**
 * Days listed with one month: "January 22 and 23", "15, 17 and 19 March", "Oct. 3, 4 and 5". chrono
 * reads the day that carries the month; the others are read here with that month.
 */
import type * as chrono from 'chrono-node';
import { dateParser } from './holidays.js';

type Found = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'end' | 'tags'>;
type Part = Pick<Found, 'text' | 'index' | 'start' | 'tags'> & { range: string };

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// After the day chrono read: ", 17, 19 and 21" or "; 4 and 5" (short-forms.ts turns the comma after
// "March 15" into a semicolon, so chrono does not read "15, 17" as a day and a year). The last day is a
// day only when nothing follows it but punctuation or a short word ("and 23 people" is a count).
const LIST_AFTER = new RegExp(
  String.raw`^((?:\s*[,;]\s*${DAY}\b)*)(\s*,?\s*(?:and|or|&)\s+)(${DAY})\b(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:in|at|on|to|from|when|with|for|and|or|but)\b)`,
  'i',
);
// Before it: "15, 17 and " before "19 March".
const LIST_BEFORE = new RegExp(String.raw`\b(${DAY}(?:\s*,\s*${DAY})*)(\s*,?\s*(?:and|or|&)\s+)$`, 'i');
const ENDS_IN_DAY = /\b(\d{1,2})(?:st|nd|rd|th)?$/i;
const STARTS_WITH_DAY = /^(\d{1,2})(?:st|nd|rd|th)?\b/i;
const DAYS = new RegExp(DAY, 'gi');

/** The other days of a list chrono read one day of, each read with that day's month, in ascending order only. */
export function listedDays(input: string, r: Found, ref: Date): Part[] {
  if (r.end || !r.start.isCertain('day')) return [];
  const day = r.start.get('day') ?? 0;
  const end = r.index + r.text.length;
  const tail = ENDS_IN_DAY.exec(r.text);
  const next = tail && Number(tail[1]) === day ? LIST_AFTER.exec(input.slice(end)) : null;
  if (tail && next) {
    const days = [...next[0].matchAll(DAYS)].map((m) => ({ text: m[0], index: end + m.index }));
    const range = input.slice(r.index, end + next[0].length);
    // "March 15, 17": the month as chrono read it, then each day.
    const read = (d: { text: string; index: number }) =>
      readAs(input, r, `${r.text.slice(0, tail.index)}${d.text}`, d, ref, range);
    return ascending(day, days) ? days.flatMap(read) : [];
  }
  const head = STARTS_WITH_DAY.exec(r.text);
  const prev = head && Number(head[1]) === day ? LIST_BEFORE.exec(input.slice(0, r.index)) : null;
  if (head && prev) {
    const days = [...(prev[1] ?? '').matchAll(DAYS)].map((m) => ({ text: m[0], index: prev.index + m.index }));
    const range = input.slice(prev.index, end);
    const read = (d: { text: string; index: number }) =>
      readAs(input, r, `${d.text}${r.text.slice(head[0].length)}`, d, ref, range);
    return ascending(-1, [...days, { text: String(day), index: r.index }]) ? days.flatMap(read) : [];
  }
  return [];
}

// Whether the days rise from `first` on: a list of days, not a count or a score.
function ascending(first: number, days: Array<{ text: string }>): boolean {
  let last = first;
  for (const d of days) {
    const n = Number.parseInt(d.text, 10);
    if (n <= last || n > 31) return false;
    last = n;
  }
  return true;
}

/** `at` read as the day `text` names when written where `r` stands (so its sentence still places it). */
function readAs(
  input: string,
  r: Found,
  text: string,
  at: { text: string; index: number },
  ref: Date,
  range: string,
): Part[] {
  const again = dateParser
    .parse(`${input.slice(0, r.index)}${text}`, { instant: ref, timezone: 0 }, { forwardDate: false })
    .find((p) => p.index === r.index && p.text === text);
  if (!again?.start.isCertain('day')) return [];
  return [{ text: at.text, index: at.index, start: again.start, tags: () => again.tags(), range }];
}

/**
 * "contingency days on 24 and 25 June": the days of one list share their month, so their year too. When
 * the place rules moved one of them off the year chrono read (`read`), by its own clause's tense, the
 * others go with it, and take its role (same sentence, the day now on the same side of publication).
 */
export function inOneYear<D extends { date: string; role: string }>(days: D[], read: number): void {
  const moved = days.find((d) => Number(d.date.slice(0, 4)) !== read);
  if (moved === undefined) return;
  for (const d of days)
    if (d.date.slice(0, 4) === String(read)) {
      d.date = `${moved.date.slice(0, 4)}${d.date.slice(4)}`;
      d.role = moved.role;
    }
}
