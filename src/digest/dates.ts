import type * as chrono from 'chrono-node';
import { holidayIn, isHolidayText, parseIn } from './holidays.js';
import type { DateMention } from './types.js';
import type { Sentence } from './sentences.js';
import { isoOf } from '../time/calendar.js';
import { tenseNear } from './tense.js';
import { DROP_RULES, type Reading } from './date-rules.js';
import { PLACE_RULES, placedAs } from './date-places.js';
import { withLinkedDays } from './linked-days.js';
import { anchored } from './date-anchors.js';
import { roleOf } from './date-roles.js';
import { spelledForChrono } from './short-forms.js';
import { LEAD_BEFORE_DAY, MAX_DATES, MAX_READINGS } from './date-words.js';
import { breakUnitRuns } from './unit-runs.js';
import { maskMeasures } from './measures.js';
import { opensWithOwnDate } from './own-dateline.js';
import { maskNthWeekdays, nthWeekdayIn, nthWeekdays } from './nth-weekdays.js';
import { inOneYear, listedDays } from './listed-days.js';
import { dayOfHours } from './hours-range.js';
import { yearOfWrittenWeekday } from './weekday-year.js';

/**
 * Every full-day date expression in the text, resolved against the publication day (not today), up
 * to the first 500. Month-day dates without a year take the nearest year; bare weekdays are placed
 * by the tense around them.
 */
export function extractDates(
  text: string,
  sentences: Sentence[],
  published: string | null,
  refTime = '12:00:00',
): DateMention[] {
  // With no publication date, relative dates cannot be resolved: only dates that carry their year are kept.
  const ref = new Date(`${published ?? '2000-01-01'}T${refTime}Z`);
  const out: DateMention[] = [];
  let readings = 0;
  const writtenThatDay = opensWithOwnDate(text, published);
  for (const s of sentences) {
    if (out.length >= MAX_DATES || readings >= MAX_READINGS) break;
    // "11 December -- four years behind": chrono reads the dash as an offset; a comma of the same
    // length keeps offsets.
    const input = maskNthWeekdays(breakUnitRuns(maskMeasures(maskScores(goingPast(s.text.replace(/--/g, ', '))))));
    const reads = parseIn(spelledForChrono(input), ref, text);
    readings += reads.length;
    const all = [...reads.map((r) => asWritten(r, input)), ...nthWeekdays(s.text, published)];
    for (const found of all.sort((a, b) => a.index - b.index)) {
      const whole = partOfDay(eventDay(found, input, ref), ref);
      const listed = listedDays(input, whole, ref);
      const from = out.length;
      for (const part of [...splitRange(whole, ref), ...listed]) {
        const m = resolve(s, part, published, writtenThatDay);
        if (m) out.push(anchored(s, part, m, out, published, text));
      }
      if (listed.length > 0) inOneYear(out.slice(from), whole.start.get('year') ?? 0);
    }
  }
  if (out.length > MAX_DATES) out.length = MAX_DATES;
  return withLinkedDays(text, out, published);
}

// "if deliberations went past Thursday", "the talks dragged on past Monday": after a verb of going
// or lasting, "past" is a preposition, not chrono's "past Thursday" (the last one). Masked, same
// length, the weekday is read alone and placed by the tense of its clause.
const GOING_PAST =
  /\b((?:go|goes|going|gone|went|run|runs|running|ran|drag|drags|dragged|stretch|stretches|stretched|extend|extends|extended|last|lasts|lasted|continue|continues|continued|stay|stays|stayed)(?:\s+on)?\s+)past(?=\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/gi;
const goingPast = (text: string): string => text.replace(GOING_PAST, '$1____').replace(FROM_DAY, '____');

// "a summer service from 24 May", "closed from 12 May": chrono reads "from 12" as 12 o'clock (a day it
// is unsure of, then dropped) and "from 24" as no time at all. Masked, same length, the day is read.
const FROM_DAY = /\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)/gi;

// "The Jets beat Jacksonville 34-24 on Sunday": chrono reads "24 on Sunday" as a day and drops it
// (no Sunday falls on the 24th), and the weekday with it. A score after a verb of winning or losing
// and its opponent is masked, same length, so the weekday is read alone. Not "over 4-6 March".
const SCORE =
  /(?<=\b(?:beat|beats|won|wins|lost|loses|defeated|routed|edged|drew)\s+(?:[A-Z][\w.'’-]*\s+){0,4})\d{1,3}-\d{1,3}\b(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/g;
// "voted 12 to 3 on Monday", "level at 2-2 on Tuesday": a pair of numbers just before a weekday is a
// tally or a score, never a span of days, which names its month ("March 4 to 6"); chrono reads it as
// the 12th to the 3rd and dates both. Masked the same way.
const TALLY =
  /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s{1,3})\b\d{1,3}(?:\s{1,3}to\s{1,3}|[-–])\d{1,3}\b(?=,?\s{1,3}(?:on\s{1,3})?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/g;
const maskScores = (text: string): string =>
  text.replace(SCORE, (m) => '_'.repeat(m.length)).replace(TALLY, (m) => '_'.repeat(m.length));

type Found = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'end' | 'tags'>;

/** What chrono found in the rewritten sentence (short-forms.ts), its text as `input` writes it. */
function asWritten(r: chrono.ParsedResult, input: string): Found {
  // chrono reads a weekday with the comma after it ("from 07:00 on Thursday, the council said"): not the day's.
  const text = input.slice(r.index, r.index + r.text.length).replace(/\s*,$/, '');
  return { text, index: r.index, start: r.start, tags: () => r.tags(), ...(r.end ? { end: r.end } : {}) };
}

// chrono reads "night of Oct. 23" and "worked through the night on Monday" as tonight, the weekday
// lost, and "this week, on Tuesday" as the week: parse the day after such a lead on its own.
function partOfDay(r: Found, ref: Date): Found {
  // (Also "junctions 10 and 11 on 14 April": chrono takes the 11 for 11 o'clock; a bare number is no time.)
  const lead = LEAD_BEFORE_DAY.exec(r.text);
  if (!lead) return r;
  const rest = r.text.slice(lead[0].length);
  const inner = parseIn(rest, ref)[0];
  if (inner?.index !== 0) return r;
  return {
    text: inner.text,
    index: r.index + lead[0].length,
    start: inner.start,
    tags: () => inner.tags(),
    ...(inner.end ? { end: inner.end } : {}),
  };
}

// "two days after Tuesday's election", "the day before Thanksgiving": the span counts from the
// event or holiday named after it.
const SPAN_BEFORE = /^.*\b(?:after|before)\s+/i;
const WEEKDAY_ALONE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * "a day after Monday's plunge", "two days after Tuesday's election": the weekday names an event's
 * day and the span counts from the event (see not-dates.ts), so the day the story names is the
 * weekday's. "on Friday, the day after Thanksgiving", "two days before Christmas": the day named is
 * the holiday's. chrono read the span and the day as one.
 */
function eventDay(r: Found, input: string, ref: Date): Found {
  const span = SPAN_BEFORE.exec(r.text);
  if (!span || r.end) return r;
  const rest = r.text.slice(span[0].length);
  const event = WEEKDAY_ALONE.test(rest) && /^['’]s\s/.test(input.slice(r.index + r.text.length));
  if (!event && !isHolidayText(rest)) return r;
  const inner = parseIn(rest, ref)[0];
  if (inner?.index !== 0 || inner.text !== rest) return r;
  return { text: inner.text, index: r.index + span[0].length, start: inner.start, tags: () => inner.tags() };
}

/** "Aug. 26 to Oct. 20", "today through Nov. 17": two dates, each at its own place in the text. */
type Part = Pick<Found, 'text' | 'index' | 'start' | 'tags'> & { range?: string };

// A day of the month alone, as a range's first end may be written: "4", "from 4", "the 4th".
const DAY_ALONE = /^(?:from\s+|between\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?$/i;

const A_WEEK_TO = /^(?:in\s+)?the\s+(?:week|fortnight)$/i;

function splitRange(r: Found, ref: Date): Part[] {
  if (!r.end) return [r];
  const sep = /\s*(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b|[-–—])\s*/i.exec(r.text);
  if (!sep || sep.index === 0) return [r];
  const second = sep.index + sep[0].length;
  // "from 11pm until 4:30am on New Year's Day": a time alone, then a day. chrono gives the time that
  // day and moves the end, earlier in the day, to the day after; the day is the one the end names.
  const alone = (t: string) => parseIn(t, ref)[0];
  const first = alone(r.text.slice(0, sep.index));
  const last = alone(r.text.slice(second));
  // (Read without "from", which chrono takes for an hour: "from 4 July" is 1 July, 04:00.)
  const wholeDay = (text: string) => {
    const bare = text.replace(/^(?:from|between)\s+/i, '');
    const p = alone(bare);
    return p?.index === 0 && p.text === bare && p.start.isCertain('day') ? p.start : null;
  };
  const lastDay = last?.index === 0 && (last.start.isCertain('day') || last.start.isCertain('weekday'));
  // "4 January, from 10am to 10pm": one day's hours (hours-range.ts).
  const hours = dayOfHours(r.text.slice(0, sep.index), r.start, last?.index === 0 ? last.start : undefined);
  if (hours) return [{ text: hours, index: r.index, start: r.start, tags: () => r.tags() }];
  // "from 4 to 6 July": chrono read hours, 04:00 to 06:00; the 4 is a day of the month the end names.
  const day = DAY_ALONE.exec(r.text.slice(0, sep.index));
  if (day?.[1] && last && lastDay && last.start.isCertain('day') && Number(day[1]) < (last.start.get('day') ?? 0)) {
    const month = last.text.replace(/^\d{1,2}(?:st|nd|rd|th)?/i, '');
    const start = alone(`${day[1]}${month}`);
    // The day as written, ordinal and all: "5th" in "from 5th to 7th February".
    const text = day[0].replace(/^(?:from\s+|between\s+)?(?:the\s+)?/i, '');
    const at = r.index + r.text.indexOf(text);
    const end: Part = { text: last.text, index: r.index + second, start: last.start, tags: () => last.tags() };
    if (start?.start.isCertain('day'))
      return [{ text, index: at, start: start.start, tags: () => start.tags(), range: r.text }, end];
  }
  // "sales in the week to Saturday": a week that ends on the day named, which chrono read as a range from
  // a week after publication. Only the day is named.
  if (
    A_WEEK_TO.test(r.text.slice(0, sep.index)) &&
    last &&
    lastDay &&
    /^(?:to|until|till|through)$/i.test(sep[0].trim())
  )
    return [{ text: last.text, index: r.index + second, start: last.start, tags: () => last.tags() }];
  // Only where chrono's own reading of an end is not sure of its day: it carries a year the range gives once.
  const headDay = r.start.isCertain('day') ? null : wholeDay(r.text.slice(0, sep.index));
  if (first && !first.start.isCertain('day') && !first.start.isCertain('weekday') && last && lastDay && !headDay)
    return [{ text: last.text, index: r.index + second, start: last.start, tags: () => last.tags() }];
  // "March 3 to 5", "3-5 March": a part alone ("5", "3") is judged as a date by the whole range; a part
  // that is a whole day alone ("from 4 July to 6 July", which chrono read as 6 July twice) is that day.
  const head = r.text.slice(0, sep.index);
  const tail = r.text.slice(second);
  return [
    {
      text: head,
      index: r.index,
      start: headDay ?? r.start,
      tags: () => r.tags(),
      range: r.text,
    },
    {
      text: tail,
      index: r.index + second,
      start: (r.end?.isCertain('day') ? null : wholeDay(tail)) ?? r.end,
      tags: () => r.tags(),
      range: r.text,
    },
  ];
}

/** A date chrono found, kept and placed by the rules of date-rules.ts and date-places.ts, or null when one drops it. */
function resolve(s: Sentence, r: Part, published: string | null, writtenThatDay: boolean): DateMention | null {
  const reading: Reading = {
    sentence: s.text,
    index: r.index,
    text: r.text,
    range: r.range ?? r.text,
    start: r.start,
    relative: r.tags().has('result/relativeDate'),
    weekdayOnly: r.start.isCertain('weekday') && !r.start.isCertain('day'),
    published,
    writtenThatDay,
  };
  if (DROP_RULES.some((rule) => rule.drops(reading))) return null;
  const date = place(reading, dayOf(r.start));
  const start = s.start + r.index;
  const role = roleOf(date, published, s.text.slice(0, r.index), s.text);
  return { text: r.text, date, start, end: start + r.text.length, role };
}

/** The day chrono read; the drop rules have checked its year. */
function dayOf(c: chrono.ParsedComponents): string {
  return isoOf(new Date(Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1)));
}

/** The day once the place rules for its kind of reading have moved it, in order. */
function place(reading: Reading, day: string): string {
  const kind = placedAs(reading);
  const { published } = reading;
  if (kind === null || published === null) return day;
  const tense = tenseNear(reading.sentence, reading.index, reading.index + reading.text.length);
  let date = day;
  for (const rule of PLACE_RULES) {
    const placing = { reading, date, published, tense };
    if (rule.of === kind && rule.when(placing)) date = rule.move(date, placing);
  }
  // A holiday moved a year falls on that year's day of it (Easter, Thanksgiving move about).
  // So does "the first Monday of April".
  const year = Number(date.slice(0, 4));
  const moved = date === day ? date : (holidayIn(reading.text, year) ?? nthWeekdayIn(reading.text, year) ?? date);
  return kind === 'yearless' ? yearOfWrittenWeekday(moved, reading, tense) : moved;
}
