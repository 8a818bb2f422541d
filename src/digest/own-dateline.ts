import { wholeDay } from '../time/written-day.js';

// The line opens with its weekday, as Wikinews prints it: the rule was measured on that form only.
const WEEKDAY_FIRST = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s/;

/**
 * Whether the text opens with a line that is its own publication day written out ("Wednesday, April
 * 21, 2010"): such a story was written on the day it is dated, not stamped the evening before for the
 * next morning's paper as wire copy often is.
 */
export function opensWithOwnDate(text: string, published: string | null): boolean {
  if (published === null) return false;
  const line = /^\s*[^\n]{0,60}/.exec(text)?.[0] ?? '';
  return WEEKDAY_FIRST.test(line) && wholeDay(line.trim()) === published;
}
