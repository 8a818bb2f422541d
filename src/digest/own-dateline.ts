/**
 * "Wednesday, April 21, 2010" as a story's first line: the story was written on the day it is dated,
 * not stamped the evening before for the next morning's paper as wire copy often is.
 */
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DATELINE = /^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+([A-Za-z]+)\s+(\d{1,2}),\s+(\d{4})\s*(?:\n|$)/;

/** Whether the text opens with a line that is its own publication day written out. */
export function opensWithOwnDate(text: string, published: string | null): boolean {
  if (published === null) return false;
  const m = DATELINE.exec(text.slice(0, 60));
  if (!m) return false;
  const month = MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}` === published;
}
