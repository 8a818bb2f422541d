/**
 * Expressions whose day comes from elsewhere: "the same day" and "until then" from the day the story
 * last named, "the day before" the day before it, "next year" after a day from the publication date.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { anyOf } from './regex-parts.js';
import { isRelativeSpan } from './date-words.js';

// "end the day", "for the day", "the rest of the day"…
const BEFORE_THE_DAY = [
  'end',
  'ending',
  'ended',
  'finish',
  'finished',
  'finishing',
  'start',
  'for',
  'in',
  'during',
  'of',
  'rest of',
];
// …but not "the day of the vote", "the day when", "the day he left", "the day after the election".
const NOT_AFTER_THE_DAY = [
  String.raw`(?!\s+${anyOf(['of', 'when', 'that', 'on', 'in', 'he', 'she', 'they', 'it'])}\b)`,
  String.raw`(?!\s+(?:after|before)\s+${anyOf(['the', 'his', 'her', 'their', 'its'])}\b)`,
];
// "up 4% on the same day last year": that day of another year, which the story does not name.
const NOT_A_YEAR_AWAY = String.raw`(?!\s+(?:last|a|the previous|the year before|the year earlier)\s*year\b|\s+a\s+year\s+(?:earlier|before|ago)\b|\s+(?:in|of)\s+\d{4}\b)`;
// "the same day", "that day", "until then", "end the day".
const SAME_DAY = new RegExp(
  [
    String.raw`\bthe same day\b${NOT_A_YEAR_AWAY}`,
    String.raw`\bthat (?:same )?day\b${NOT_A_YEAR_AWAY}`,
    String.raw`(?<=\b(?:by|until|till)\s+)(?:then|that time)\b`,
    String.raw`\b(?<=${anyOf(BEFORE_THE_DAY)}\s+)the day\b${NOT_AFTER_THE_DAY.join('')}`,
  ].join('|'),
  'gi',
);
// "a year ago", "three months earlier": counted from publication, not a day the story named.
const COUNTED_SPAN = /\b(?:ago|earlier|later)\b/i;
// "the heaviest volume since the crash of Oct. 19, 1987", "its biggest drop since the markets reopened
// after the attacks of September 11, 2001": a day the story measures against, not one it tells of;
// "that day" or "the day before" after it means another. No full stop comes between but a month's ("Oct. 19").
const MEASURED_SINCE = /\b(?:\w{2,}est|worst|best|most|least|first)\b[^.;!?]*\bsince\b(?:[^.;!?]|\.\s*(?=\d))*$/i;
const isMeasuredSince = (text: string, d: DateMention): boolean =>
  MEASURED_SINCE.test(text.slice(Math.max(0, d.start - 160), d.start));

// "will unveil it on Feb. 26, the company said on Tuesday, with pre-orders opening the same day": the
// day a statement was made is not the day of what it tells, when its sentence names one before it.
const SAID_ON = /\b(?:said|says|announced|confirmed|reported|added|told\s+[\w.]+)\s+(?:on\s+)?$/i;
const isSaidOn = (text: string, d: DateMention): boolean =>
  SAID_ON.test(text.slice(Math.max(0, d.start - 30), d.start));
const NEW_SENTENCE = /[.!?]["”’]?\s+["“‘]?[A-Z]/;
// Another named day before `d`, in the sentence that runs on to `at`.
const sameSentenceDay = (text: string, named: DateMention[], d: DateMention, at: number): boolean =>
  named.some((o) => o.end <= d.start && !isSaidOn(text, o) && !NEW_SENTENCE.test(text.slice(o.end, at)));

/** Adds "the same day", "until then"… to the dates: the day the story last named, else the publication day. */
export function withSameDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const out = [...dates];
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    const at = m.index;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    // "during the day Friday": the day is named right after.
    if (out.some((d) => d.start >= at + m[0].length && d.start - (at + m[0].length) <= 4)) continue;
    // Anchor on a date the story named, not on a span counted from publication.
    const named = out
      .filter((d) => d.end <= at && !COUNTED_SPAN.test(d.text) && !isMeasuredSince(text, d))
      .sort((a, b) => b.end - a.end);
    const previous = named.find((d) => !isSaidOn(text, d) || !sameSentenceDay(text, named, d, at)) ?? named[0];
    const date = previous?.date ?? published;
    if (date === null) continue;
    const role = published === date ? 'published' : 'mention';
    out.push({ text: m[0], date, start: at, end: at + m[0].length, role });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "had agreed the day before.", "the previous day, temperatures…", "said the day before that…",
// "urged the board the day before to accept": the day before the one the story last named; "pleaded
// not guilty the next day", "may travel the following day", "the day after.": the day after it. Not
// "the day before the vote" (see not-dates.ts): a preposition cannot start the event "before" names.
const DAY_BESIDE = new RegExp(
  String.raw`\bthe (?:((?:day|night|evening) before|previous (?:day|night|evening))|(?:day|night|evening) after|(?:next|following) (?:day|night|evening|morning))(?=\s*(?:[.,;:!?)]|$)|\s+${anyOf(
    ['that', 'but', 'and', 'or', 'when', 'while', 'as', 'to', 'in', 'at', 'with', 'for', 'on', 'from', 'by'],
  )}\b)`,
  'gi',
);

const isDayBeside = (t: string): boolean => new RegExp(`^${DAY_BESIDE.source}$`, 'i').test(t);

/**
 * Adds "the day before", "the previous day", "the next day", "the following day": the day before or
 * after the one the story last named (none when it named none).
 */
export function withDayBefore(text: string, dates: DateMention[], published: string | null): DateMention[] {
  let out = [...dates];
  for (let m = DAY_BESIDE.exec(text); m; m = DAY_BESIDE.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    // A span ("a year ago", "for two days") is no day the story is told from, nor another "day before".
    const previous = out
      .filter(
        (d) =>
          d.end <= at &&
          !COUNTED_SPAN.test(d.text) &&
          !isRelativeSpan(d.text) &&
          !isDayBeside(d.text) &&
          !isMeasuredSince(text, d),
      )
      .sort((a, b) => b.end - a.end)[0];
    if (!previous) continue;
    // chrono read "next day" inside it as the day after publication.
    out = out.filter((d) => d.start < at || d.end > end);
    const date = addDays(previous.date, m[1] ? -1 : 1);
    const role = published === date ? 'published' : 'mention';
    out.push({ text: m[0], date, start: at, end, role });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * chrono splits "20 January next year" into a day and a year: joins them, and takes the year from the
 * publication date.
 */
export function mergeNextYear(text: string, dates: DateMention[], published: string | null): DateMention[] {
  return dates.map((d) => {
    const tail = /^,?\s+(next|last|this) year\b/i.exec(text.slice(d.end));
    if (!tail || published === null) return d;
    const which = tail[1]?.toLowerCase();
    const year = Number(published.slice(0, 4)) + (which === 'next' ? 1 : which === 'last' ? -1 : 0);
    const end = d.end + tail[0].length;
    return { ...d, text: text.slice(d.start, end), end, date: `${year}${d.date.slice(4)}` };
  });
}
