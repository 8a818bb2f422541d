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

/** `text` with the short forms above rewritten, same length. */
export function spelledForChrono(text: string): string {
  return text
    .replace(A_FORTNIGHT, 'two   weeks')
    .replace(NAMED_FORTNIGHT, '2   weeks')
    .replace(LONG_ABBREVIATION, '$1.,')
    .replace(MAY_THE_VERB, 'can');
}

/**
 * A weekday abbreviated with a capital and a stop: "Tues.", "Thurs.", "Fri.". "Sat." and "Sun." are
 * left out: "told the Sun." is a newspaper.
 */
export const SHORT_WEEKDAY = /\b(?:Mon|Tues?|Weds?|Thu|Thurs?|Fri)\./;
