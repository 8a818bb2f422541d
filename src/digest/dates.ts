import type * as chrono from 'chrono-node';
import { dateParser, isHolidayText } from './holidays.js';
import type { DateMention, DateRole } from './types.js';
import type { Sentence } from './sentences.js';
import { addDays, daysBetween, isoOf } from '../time/calendar.js';
import { tenseNear } from './tense.js';
import { isNotADate } from './not-dates.js';

const DEADLINE = /\b(?:by|until|till|before|no later than|deadline|ultimatum|expires?|cut-?off)\b[^.;]{0,25}$/i;
const EVENT =
  /\b(?:scheduled|set for|due|planned|expected|slated|will be held|inaugurat\w*|summit|election|vote|referendum|hearing|trial|launch|meeting|conference|ceremony|talks|deadline)\b/i;

/**
 * Every full-day date expression in the text, resolved against the publication day (not today).
 * Month-day dates without a year take the nearest year; bare weekdays are placed by the tense around them.
 */
export function extractDates(text: string, sentences: Sentence[], published: string | null, refTime = '12:00:00'): DateMention[] {
  // With no publication date, relative dates cannot be resolved: only dates that carry their year are kept.
  const ref = new Date(`${published ?? '2000-01-01'}T${refTime}Z`);
  const out: DateMention[] = [];
  for (const s of sentences) {
    // "11 December -- four years behind": chrono reads the dash as an offset; a comma of the same length keeps offsets.
    const input = s.text.replace(/--/g, ', ');
    for (const found of dateParser.parse(input, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      for (const part of splitRange(partOfDay(found, ref))) {
        const m = resolve(s, part, published);
        if (m) out.push(m);
      }
    }
  }
  return withSameDay(text, mergeNextYear(text, out, published), published);
}

// "the same day", "that day", "until then", "end the day": the day the story last named, else the publication day.
const SAME_DAY = /\bthe same day\b|\bthat (?:same )?day\b|(?<=\b(?:by|until|till)\s+)(?:then|that time)\b|\b(?<=(?:end|ending|ended|finish|finished|finishing|start|for|in|during|of|rest of)\s+)the day\b(?!\s+(?:of|when|that|on|in|he|she|they|it)\b)(?!\s+(?:after|before)\s+(?:the|his|her|their|its)\b)/gi;

function withSameDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const out = [...dates];
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    const at = m.index;
    if (out.some((d) => d.start <= at && at < d.end)) continue;
    // "during the day Friday": the day is named right after.
    if (out.some((d) => d.start >= at + m[0].length && d.start - (at + m[0].length) <= 4)) continue;
    // Anchor on a date the story named, not on a span counted from publication ("a year ago").
    const previous = out.filter((d) => d.end <= at && !/\b(?:ago|earlier|later)\b/i.test(d.text)).sort((a, b) => b.end - a.end)[0];
    const date = previous?.date ?? published;
    if (date === null) continue;
    out.push({ text: m[0], date, start: at, end: at + m[0].length, role: published === date ? 'published' : 'mention' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
const ORDINAL_WORD = /\b(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b|\b(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/i;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const CASUAL_DAY = /\b(?:today|yesterday|tomorrow|tonight)\b|\b(?:days?|weeks?|months?|years?|fortnight)\s+(?:ago|later|earlier|from now|before|after)\b/i;

/** Expressions that chrono reads as dates but a reader would not: fractions, "Sun" of Sun Microsystems, "now". */
function looksLikeDate(t: string): boolean {
  if (/^\d{1,2}\/\d{1,2}$/.test(t.trim()) || /\b\d+\s+\d+\/\d+\b/.test(t)) return false;
  if (WEEKDAY.test(t) || CASUAL_DAY.test(t)) return true;
  if (MONTH.test(t) && /\d/.test(t)) return true;
  // "March eighth", "the twenty-first of May": a day written out in words.
  if (MONTH.test(t) && ORDINAL_WORD.test(t)) return true;
  // Numeric dates need a year or separators on both sides: 2024-11-24, 11/24/2024, 24.11.2024.
  return /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(t);
}

// "Thursday's close", "Friday's closing price": a market's close is known only once the day is over.
const CLOSE_AFTER = /^\s*['’]s\s+(?:close|closing|trading|session|finish)\b/i;

const UNIT = /\b(?:\d+(?:\.\d+)?\s*)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|quarters?|qtrs?|fortnights?|decades?|mo|w|d)\b/i;

/** "in 5 days", "three weeks ago", "next week", "within half an hour": a span of time counted from the publication. */
function isRelativeSpan(t: string): boolean {
  return UNIT.test(t) && /\d|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|half|next|last|past|coming)\b/i.test(t);
}

/** chrono reads "night of Oct. 23" as tonight: parse what follows "night of" on its own. */
type Found = Pick<chrono.ParsedResult, 'text' | 'index' | 'start' | 'end' | 'tags'>;

function partOfDay(r: chrono.ParsedResult, ref: Date): Found {
  const lead = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+of\s+/i.exec(r.text);
  if (!lead) return r;
  const inner = dateParser.parse(r.text.slice(lead[0].length), { instant: ref, timezone: 0 }, { forwardDate: false })[0];
  if (!inner || inner.index !== 0) return r;
  return { text: inner.text, index: r.index + lead[0].length, start: inner.start, tags: () => inner.tags(), ...(inner.end ? { end: inner.end } : {}) };
}

/** "Aug. 26 to Oct. 20", "today through Nov. 17": two dates, each at its own place in the text. */
type Part = Pick<Found, 'text' | 'index' | 'start' | 'tags'> & { range?: string };

function splitRange(r: Found): Part[] {
  if (!r.end) return [r];
  const sep = /\s*(?:\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b|[-–—])\s*/i.exec(r.text);
  if (!sep || sep.index === 0) return [r];
  const second = sep.index + sep[0].length;
  // "March 3 to 5", "3-5 March": a part alone ("5", "3") is judged as a date by the whole range.
  return [
    { text: r.text.slice(0, sep.index), index: r.index, start: r.start, tags: () => r.tags(), range: r.text },
    { text: r.text.slice(second), index: r.index + second, start: r.end, tags: () => r.tags(), range: r.text },
  ];
}

function resolve(s: Sentence, r: Part, published: string | null): DateMention | null {
  const c = r.start;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day');
  // "a year ago", "three months earlier": counted from the publication day, so the day is known.
  const counted = r.tags().has('result/relativeDate') && /\b(?:ago|earlier|later|before|after|from now|hence)\b/i.test(r.text);
  if (!c.isCertain('day') && !weekdayOnly && !counted) return null;
  // "Sunday hours", "Saturday editions": a weekday used as an adjective names no day.
  if (weekdayOnly && /^\s+(?:hours|opening|service|services|trading|edition|editions|papers?|school|brunch|lunch|dinner|market|shift|shifts|league|best)\b/i.test(s.text.slice(r.index + r.text.length))) return null;
  if (!looksLikeDate(r.range ?? r.text) && !isHolidayText(r.text) && !(r.tags().has('result/relativeDate') && isRelativeSpan(r.text))) return null;
  if (isNotADate(s.text, r.index, r.text)) return null;
  // Without a publication date only an expression that states its year can be resolved.
  if (published === null && !/\b\d{4}\b/.test(r.text)) return null;
  const year = c.get('year') ?? 0;
  if (year < 1000 || year > 9999) return null;
  let date = isoOf(new Date(Date.UTC(year, (c.get('month') ?? 1) - 1, c.get('day') ?? 1)));
  // A bare weekday is the nearest one (chrono's choice), unless the tense of its clause points the other way:
  // "is expected back for Saturday" is the Saturday ahead, "the stock fell Thursday" the one behind.
  if (published !== null && weekdayOnly && !/\b(?:last|next|this|past|coming)\b/i.test(r.text)) {
    const tense = tenseNear(s.text, r.index, r.index + r.text.length);
    if (tense === 'future' && date < published) date = addDays(date, 7);
    // A past one is the day behind; but a past verb with tomorrow's weekday is mostly a wire story
    // stamped the evening before ("headed Tuesday to…"), and "closed until Friday" is still running.
    const until = /\b(?:until|till|through)\s+$/i.test(s.text.slice(Math.max(0, r.index - 12), r.index));
    if (tense === 'past' && daysBetween(published, date) >= 2 && !until) date = addDays(date, -7);
    if (date > published && CLOSE_AFTER.test(s.text.slice(r.index + r.text.length))) date = addDays(date, -7);
  }
  // "will be held on 3 November" in an article of 24 November: a future verb next to a yearless day means next year's.
  // And "was shot on Oct. 23" in an article of May: a past verb and a day five months or more ahead means last year's.
  if (published !== null && !weekdayOnly && !c.isCertain('year')) {
    const tense = tenseNear(s.text, r.index, r.index + r.text.length);
    // "runs until 30 June" (in November): an open period ends ahead, unless the verb is past.
    const until = /\b(?:until|till|through|no later than)\s+$/i.test(s.text.slice(Math.max(0, r.index - 20), r.index));
    if (date < published && (tense === 'future' || (until && tense !== 'past'))) date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    else if (tense === 'past' && daysBetween(published, date) > 150) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
  }
  const start = s.start + r.index;
  return { text: r.text, date, start, end: start + r.text.length, role: roleOf(date, published, s.text.slice(0, r.index), s.text) };
}

function roleOf(date: string, published: string | null, before: string, sentence: string): DateRole {
  if (published !== null && date === published) return 'published';
  if (published !== null && date < published) return 'mention';
  if (DEADLINE.test(before)) return 'deadline';
  if (EVENT.test(sentence)) return 'event';
  return 'mention';
}

// chrono splits "20 January next year" into a day and a year: join them, and take the year from the publication date.
function mergeNextYear(text: string, dates: DateMention[], published: string | null): DateMention[] {
  return dates.map((d) => {
    const tail = /^,?\s+(next|last|this) year\b/i.exec(text.slice(d.end));
    if (!tail || published === null) return d;
    const year = Number(published.slice(0, 4)) + (tail[1]?.toLowerCase() === 'next' ? 1 : tail[1]?.toLowerCase() === 'last' ? -1 : 0);
    const end = d.end + tail[0].length;
    return { ...d, text: text.slice(d.start, end), end, date: `${year}${d.date.slice(4)}` };
  });
}
