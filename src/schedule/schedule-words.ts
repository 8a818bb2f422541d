// How people also say a schedule, rewritten to the forms parseSchedule reads: "daily at 8am", "8am",
// "daily at noon", "daily 0800", "every day at 08:00", "every weekday 7:30", "every Monday 9am", "Mondays and Thursdays 18:00",
// "mon to fri 18:00", "weekly fri 17:00", "monthly on the 1st at 09:00".
const DAY = '(?:sun|mon|tue|wed|thu|fri|sat)';
const RANGE_WORD = '(?:to|through|thru|until|till)';
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  // Dashes as word processors and phones type them ("Mon–Fri"), and the time as the British and
  // French write it ("8.30am", "08h30").
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\b(\d{1,2})[.h]([0-5]\d)(?= ?(?:am|pm|a\.m\.|p\.m\.)?$)/, '$1:$2'],
  // "daily at noon", "weekdays at midnight"; "daily 0800" as a 24-hour clock writes it.
  [/\b(?:noon|midday)$/, '12:00'],
  [/\bmidnight$/, '00:00'],
  [/ ([01]\d|2[0-3])([0-5]\d)(?: ?h(?:rs?|ours)?)?$/, ' $1:$2'],
  [/ at (?=\d)/, ' '],
  // "8am", "at 08:00": a time alone is every day at it ("8" alone stays a question: 08:00 or 20:00?).
  [/^(?:at )?(?=(?:\d{1,2}(?::\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2})$)/, 'daily '],
  [/^(?:every ?day|each day)\b/, 'daily'],
  [/^(?:every|each) weekday\b/, 'weekdays'],
  [/^(?:every|each) weekend\b/, 'weekends'],
  [new RegExp(`^(?:every|each|on|weekly(?: on)?) (?=${DAY})`), ''],
  [/\s*,\s*|\s+(?:and|&)\s+/g, ','],
  // The lookahead first, so the lookbehind (which reads back over a whole word) is only tried before
  // " to fri": tried at every letter of a long word, it read the word back from each, quadratic.
  [new RegExp(`(?=\\s+${RANGE_WORD}\\s+${DAY})(?<=${DAY}[a-z]*)\\s+${RANGE_WORD}\\s+(?=${DAY})`, 'g'), '-'],
  [/^monthly (?:on )?(?:the )?(?:(\d{1,2})(?:st|nd|rd|th)?\b|(last)(?: day)?\b)/, 'monthly $1$2'],
];

/** The schedule with everyday wording rewritten (input already trimmed, lower case, single spaces). */
export function plainSchedule(s: string): string {
  return REWRITES.reduce((out, [re, to]) => out.replace(re, to), s);
}

/** "mondays" → "monday": a day name in the plural, as in "Mondays 09:00". */
export function singularDay(word: string): string {
  return /^(?:sun|mon|tues|wednes|thurs|fri|satur)days$/.test(word) ? word.slice(0, -1) : word;
}
