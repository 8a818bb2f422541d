import { isIsoDay } from './calendar.js';

// Month names and their usual abbreviations, January first.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
// A time after the day, as site generators and wire headers write it: "T18:30:00Z", " 18:30", ", 6:30 pm".
const ZONE = String.raw`(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT|[ECMP][SD]T|BST|CES?T|EES?T)\b)`;
const TIME = String.raw`(?:(?:T|\s+|,\s*)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*${ZONE})?)?`;

/** The forms a publication date is written in at the top of an article, whole: ISO first. */
const FORMS: Array<{ re: RegExp; day: (m: RegExpExecArray) => [year: string, month: number, day: string] }> = [
  {
    // ("2025-1-5" too: with the year first, the month and day cannot be mixed up.)
    re: new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}`, 'i'),
    day: (m) => [m[1] ?? '', Number(m[2]), m[3] ?? ''],
  },
  {
    re: new RegExp(String.raw`^(\d{4})/(\d{1,2})/(\d{1,2})${TIME}`, 'i'),
    day: (m) => [m[1] ?? '', Number(m[2]), m[3] ?? ''],
  },
  // "24 November 2024", "Sunday, 24 Nov 2024"
  {
    re: new RegExp(String.raw`^${WEEKDAY}${DAY}\s+${MONTH},?\s+(\d{4})${TIME}`, 'i'),
    day: (m) => [m[3] ?? '', month(m[2]), m[1] ?? ''],
  },
  // "November 24, 2024", "Sun., Nov. 24, 2024"
  {
    re: new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+${DAY},?\s+(\d{4})${TIME}`, 'i'),
    day: (m) => [m[3] ?? '', month(m[1]), m[2] ?? ''],
  },
];

/**
 * The day a header's date names, as YYYY-MM-DD, and how many characters of `text` it takes; null when
 * `text` does not start with a whole date in one of the forms people write (2024-11-24, 2024-1-5, 2024/11/24,
 * 24 November 2024, Nov. 24, 2024, a weekday and a time allowed) or names no real day. Numeric days
 * such as 11/12/2024 are not read: the month and the day cannot be told apart.
 */
export function writtenDay(text: string): { day: string; length: number } | null {
  for (const { re, day } of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    // The date must end at a word's end: "2024-11-245" is no date.
    if (/^[\p{L}\d]/u.test(text.slice(m[0].length))) return null;
    const [y, mo, d] = day(m);
    const iso = `${y}-${String(mo).padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isIsoDay(iso) ? { day: iso, length: m[0].length } : null;
  }
  return null;
}

/** The day `v` names when the whole of it is a date in one of writtenDay's forms, as YYYY-MM-DD; else null. */
export function wholeDay(v: string): string | null {
  const found = writtenDay(v);
  return found && found.length === v.length ? found.day : null;
}

function month(name: string | undefined): number {
  return MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;
}
