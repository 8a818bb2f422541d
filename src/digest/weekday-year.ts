/**
 * "Friday, August 29" in a February story: the weekday written with a yearless day tells its year.
 * 29 August was a Thursday last year and is a Friday this year, so the day is this year's, though a
 * present "takes place" is no tense cue and the nearest 29 August was last year's.
 */
import { isIsoDay } from '../time/calendar.js';
import type { Reading } from './date-rules.js';
import { isOn } from './is-on-days.js';
import type { Tense } from './tense.js';

/**
 * The year next to `date`'s (one either side) whose day falls on the weekday written with it, as
 * YYYY-MM-DD; `date` itself when it already does, when no weekday was written, or when neither does
 * (a mistyped weekday tells nothing). Nor does a weekday take a day across the publication day
 * against its clause: "The deadline is Tuesday, January 10" in August is next January's, and "was
 * held on Friday, August 29" in February last August's, whatever weekday the writer slipped in.
 */
export function yearOfWrittenWeekday(date: string, reading: Reading, tense: Tense): string {
  const { start, published } = reading;
  if (!start.isCertain('weekday') || !start.isCertain('day') || start.isCertain('year')) return date;
  const weekday = start.get('weekday');
  const on = (year: number) =>
    new Date(Date.UTC(year, Number(date.slice(5, 7)) - 1, Number(date.slice(8)))).getUTCDay();
  const year = Number(date.slice(0, 4));
  if (weekday === null || published === null || on(year) === weekday) return date;
  // (29 February is in no year next to a leap year.)
  const other = [year + 1, year - 1].find((y) => isIsoDay(`${y}${date.slice(4)}`) && on(y) === weekday);
  if (other === undefined) return date;
  const moved = `${other}${date.slice(4)}`;
  if (moved < published && (tense === 'future' || isOn(reading))) return date;
  return moved > published && tense === 'past' ? date : moved;
}
