import { anyWord } from './regex-parts.js';

// A date set between a determiner and a noun names an event by its day: "ahead of the Feb. 9
// primary", "over the Thanksgiving holiday", "at its Dec. 3 meeting", "faces a Feb. 8 spending deadline".
const DETERMINER = new RegExp(`${anyWord(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that'])}\\s+$`, 'i');
// Up to three lower-case words after the date, ending before a clause break or a joining word.
const NOUNS = new RegExp(
  `^\\s+((?:[a-z][\\w-]*\\s+){0,2}?[a-z][\\w-]*)(?=\\s*(?:[,.;:!?—–(]|$)|\\s+${anyWord(['in', 'at', 'on', 'and', 'or', 'for', 'to', 'of', 'with', 'against', 'when', 'where', 'which', 'that', 'is', 'was', 'will', 'would'])})`,
);
// A day written with a number or a month says when; a holiday's name also says what: keep it.
const NUMBERED = /\d|^(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/**
 * The sentence up to the end of the event a date names as an adjective, without the date when it is
 * only a number: "The board will vote on the dividend at its meeting", "Americans are expected to travel
 * over the Thanksgiving holiday". Null when the date is not set before a noun.
 */
export function namedByDay(sentence: string, at: number, dayText: string): string | null {
  if (!DETERMINER.test(sentence.slice(Math.max(0, at - 12), at))) return null;
  const after = sentence.slice(at + dayText.length);
  const nouns = NOUNS.exec(after);
  if (!nouns?.[1]) return null;
  const day = NUMBERED.test(dayText) ? '' : `${dayText.trim()} `;
  return `${sentence.slice(0, at)}${day}${nouns[1]}`;
}

/**
 * The event a date names as an adjective, as the text names it: "the January 31 deadline" → "The
 * January 31 deadline". For when the clause up to it says nothing on its own ("with two weeks to go
 * before the January 31 deadline"). Null when the date is not set before a noun.
 */
export function dayNamedEvent(sentence: string, at: number, dayText: string): string | null {
  if (!DETERMINER.test(sentence.slice(Math.max(0, at - 12), at))) return null;
  const nouns = NOUNS.exec(sentence.slice(at + dayText.length));
  return nouns?.[1] ? `The ${dayText.trim()} ${nouns[1]}` : null;
}
