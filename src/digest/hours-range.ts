/**
 * Opening hours after a day: "until 4 January, from 10am to 10pm", "on Friday from 9am to 5pm".
 * chrono reads the day and both hours as one range, which dates.ts split into "4 January, from 10am"
 * and "10pm", the hour dated as a day of its own. The hours are one day's: the day is read alone,
 * without the hour it ran on into.
 */
import type { ParsedComponents } from 'chrono-node';

// An hour that ends the range's first part: ", from 10am", " between 9.30 am", " at noon".
const HOUR_TAIL = /,?\s+(?:(?:from|between|at)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midday|midnight)$/i;

const isDay = (c: ParsedComponents): boolean => c.isCertain('day') || c.isCertain('weekday');

/**
 * The day's text alone when a range's first part (`head`, read as `first`) is a day and then an
 * hour, and its last part, read alone as `last`, an hour with no day or weekday; else null.
 */
export function dayOfHours(head: string, first: ParsedComponents, last: ParsedComponents | undefined): string | null {
  if (!isDay(first) || !last?.isCertain('hour') || isDay(last)) return null;
  const day = head.replace(HOUR_TAIL, '');
  return day !== head && day.length > 0 ? day : null;
}
