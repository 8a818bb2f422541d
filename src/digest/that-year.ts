/**
 * A yearless day with "that year" after it, "Whitlock resigned on April 2 that year", "on May 4 of the
 * same year": the year the story wrote last before it, not the publication's.
 */
import type { DateMention } from './types.js';

const THAT_YEAR = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
// A year written as one: "in March 2024", "since 2019"; not "$2024" or "2024-25" or "2,024".
const WRITTEN_YEAR = /(?<![\d$£€,.-])\b(1[89]\d\d|20\d\d)\b(?![\d%]|\s*(?:per\s*cent|percent))/g;
// The story's last year is looked for this far back: a few paragraphs.
const LOOK_BACK = 1500;

/** The dates, each yearless day followed by "that year" moved into the last year written before it. */
export function withThatYear(text: string, dates: DateMention[]): DateMention[] {
  return dates.map((d) => {
    const tail = THAT_YEAR.exec(text.slice(d.end, d.end + 24));
    if (!tail || /\d{4}/.test(d.text)) return d;
    const before = text.slice(Math.max(0, d.start - LOOK_BACK), d.start);
    const years = [...before.matchAll(WRITTEN_YEAR)];
    const year = years[years.length - 1]?.[1];
    if (!year) return d;
    const end = d.end + tail[0].length;
    return { ...d, text: text.slice(d.start, end), end, date: `${year}${d.date.slice(4)}` };
  });
}
