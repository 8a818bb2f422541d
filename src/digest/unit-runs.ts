// chrono reads "two years, three months and a day" as one length of time, up to eleven amounts long,
// and tries again from each word: text made of amounts one after another ("a day a day …", "an hour an
// hour …") cost it 0.13 ms a character (110,000 characters: 8 s) with no date in it. News lists three
// at most; from the fifth in a row, a ";" of the same length breaks the run, so offsets do not move
// and no length of time a writer could mean is cut.

const RUN_MAX = 4;
const AMOUNT =
  /^(?:an?|\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|half|several|couple|of)$/i;
const UNIT =
  /^(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mons?|months?|qtrs?|quarters?|y|yrs?|years?|decades?|centur(?:y|ies))$/i;
// What may join two amounts in one length of time.
const JOINER = /^(?:and|about|around)$/i;
const WORD = /[^\s,]+/g;

/** `text` with every run of more than four lengths of time broken by a ";" (same length). */
export function breakUnitRuns(text: string): string {
  if (!/\d|\ba\s|\ban\s|\bhalf\b/i.test(text)) return text;
  let out: string[] | null = null;
  let pairs = 0;
  let amountAt = -1;
  let lastAmount = false;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (AMOUNT.test(word)) {
      if (!lastAmount) amountAt = m.index;
      lastAmount = true;
      continue;
    }
    if (UNIT.test(word.replace(/[.;:]$/, '')) && lastAmount) {
      pairs++;
      if (pairs > RUN_MAX && amountAt > 0 && /\s/.test(text[amountAt - 1] ?? '')) {
        out ??= text.split('');
        out[amountAt - 1] = ';';
        pairs = 1;
      }
    } else if (!JOINER.test(word)) pairs = 0;
    lastAmount = false;
  }
  return out ? out.join('') : text;
}
