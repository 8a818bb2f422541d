/**
 * Short forms chrono does not read, rewritten before it reads them into forms it does, each of the
 * same length so offsets into the sentence hold: "in a fortnight" is read as "in two weeks", "on
 * Tues." as "on Tue.". The text of what chrono found is then taken from the sentence as written.
 */

// "in a fortnight", "a fortnight ago", "within a fortnight": two weeks. chrono allows up to three
// spaces between a number and its unit, so "two   weeks" is as long as "a fortnight".
const A_FORTNIGHT = /\b[aA] fortnight\b/g;
// "the past fortnight", "over the next fortnight": "2   weeks" is as long as "fortnight".
const NAMED_FORTNIGHT = /(?<=\b(?:past|last|next|coming|previous)\s+)fortnight\b/gi;
// "on Tues.", "Weds., Jan. 15": abbreviations chrono's weekdays lack. "Tue.," is as long, and chrono
// reads a comma after a weekday with it. Only with a capital and a stop ("wed." is a verb).
const LONG_ABBREVIATION = /\b(Tue|Wed)s\.(?=\s|$)/g;
// "Passengers booked on the 27th may travel": chrono reads "27th may" as 27 May. Edited copy writes
// the month with a capital, so a lower-case "may" is the verb, rewritten as one of its length.
const MAY_THE_VERB = /\bmay\b/g;
// "arrive by Nov. 17, 10 days after the vote", "by 3 March, 45 people had died": chrono reads the
// number after the comma as the year (2010, 2045) or loses the day. A year written after a day has
// four digits; a shorter number with a word after it is a count. The comma becomes a semicolon, so
// chrono reads the day alone. Not "Oct. 3, 4 and 5", a list of days.
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?`;
const COUNT_AFTER_DAY = new RegExp(
  String.raw`(?<=\b(?:${MONTH}\s{1,3}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s{1,3}${MONTH})),(?=\s{1,3}\d{1,3}\s{1,3}(?!(?:and|or|to|through|until|till)\b)[a-z])`,
  'g',
);

// "March 15, 17 and 19", "Oct. 3, 4 and 5": chrono reads "March 15, 17" as 15 March 2017. A list of
// days follows the comma (each of one or two digits, the last after "and" or "or"), so the comma becomes
// a semicolon and chrono reads the first day alone; listed-days.ts reads the others.
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const LIST_AFTER_DAY = new RegExp(
  String.raw`(?<=\b${MONTH}\s{1,3}${DAY}),(?=\s{1,3}${DAY}(?:\s*,\s*${DAY})*\s*,?\s*(?:and|or|&)\s+${DAY}\b(?!\s*[%$£€]))`,
  'g',
);

/** `text` with the short forms above rewritten, same length. */
export function spelledForChrono(text: string): string {
  return text
    .replace(A_FORTNIGHT, 'two   weeks')
    .replace(NAMED_FORTNIGHT, '2   weeks')
    .replace(LONG_ABBREVIATION, '$1.,')
    .replace(MAY_THE_VERB, 'can')
    .replace(COUNT_AFTER_DAY, ';')
    .replace(LIST_AFTER_DAY, ';');
}

/**
 * A weekday abbreviated with a capital and a stop: "Tues.", "Thurs.", "Fri.". "Sat." and "Sun." are
 * left out: "told the Sun." is a newspaper.
 */
export const SHORT_WEEKDAY = /\b(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri)\./;
