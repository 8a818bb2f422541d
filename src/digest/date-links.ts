/**
 * Expressions whose day comes from elsewhere: "the same day" and "until then" from the day the story
 * last named, "the day before" the day before it, "next year" after a day from the publication date.
 */
import type { DateMention } from './types.js';
import { addDays } from '../time/calendar.js';
import { anyOf } from './regex-parts.js';
import { PHRASE_ENDERS } from './date-rule-words.js';
import { countWhile } from './partition-point.js';
import { isRelativeSpan, MAX_DATES } from './date-words.js';
import { isClosedAsideDay } from './aside-days.js';
import { dayNamedAhead } from './day-named-ahead.js';

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
// Verbs whose "that" starts a clause.
const CLAUSE_VERBS = [
  'said',
  'says',
  'say',
  'warned',
  'warns',
  'announced',
  'reported',
  'believed',
  'thought',
  'knew',
  'added',
  'noted',
];
// "up 4% on the same day last year": that day of another year, which the story does not name.
const NOT_A_YEAR_AWAY = String.raw`(?!\s+(?:last|a|the previous|the year before|the year earlier)\s*year\b|\s+a\s+year\s+(?:earlier|before|ago)\b|\s+(?:in|of)\s+\d{4}\b)`;
// "the same day", "that day", "until then", "end the day".
const SAME_DAY = new RegExp(
  [
    String.raw`\bthe same day\b${NOT_A_YEAR_AWAY}`,
    String.raw`\bthat (?:same )?day\b${NOT_A_YEAR_AWAY}`,
    // "froze three funds that morning", "that night": a part of that day. After "said" or "warned", "that" may
    // start a clause instead ("said that morning traffic would be diverted").
    String.raw`(?<!\b${anyOf(CLAUSE_VERBS)}\s+)\bthat (?:morning|afternoon|evening|night)\b${NOT_A_YEAR_AWAY}`,
    String.raw`(?<=\b(?:by|until|till)\s+)(?:then|that time)\b`,
    String.raw`\b(?<=${anyOf(BEFORE_THE_DAY)}\s+)the day\b${NOT_AFTER_THE_DAY.join('')}`,
  ].join('|'),
  'gi',
);
// "that day", "that same day", "that evening": a day told before, never the publication's own.
const THAT_DAY = /^that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)$/i;
// "a year ago", "three months earlier": counted from publication, not a day the story named.
const COUNTED_SPAN = /\b(?:ago|earlier|later)\b/i;
// "the heaviest volume since the crash of Oct. 19, 1987", "its biggest drop since the markets reopened
// after the attacks of September 11, 2001": a day the story measures against, not one it tells of;
// "that day" or "the day before" after it means another. No full stop comes between but a month's ("Oct. 19").
const MEASURED_SINCE = /\b(?:\w{2,}est|worst|best|most|least|first)\b[^.;!?]*\bsince\b(?:[^.;!?]|\.\s*(?=\d))*$/i;
const isMeasuredSince = (text: string, d: DateMention): boolean =>
  MEASURED_SINCE.test(text.slice(Math.max(0, d.start - 160), d.start));

// "held him for seven days", "suspended for 30 days from Friday": a length of time, which "that
// evening" after it does not refer to. It stays dated (undating lengths cost held-out days).
const LENGTH_FROM = /^\S+\s+(?:days?|weeks?|months?)\s+from\b/i;
const isLength = (t: string): boolean => (/^for\s/i.test(t) && isRelativeSpan(t)) || LENGTH_FROM.test(t);
// "closed for 30 days from Friday": Friday is dated as the day the length starts (date-spans.ts), and is
// no more a day "that evening" refers to than the length was.
const LENGTH_STARTS = /\bfor\s+\S+\s+(?:days?|weeks?|fortnights?|months?)\s+(?:from|starting|beginning)\s+(?:on\s+)?$/i;
const startsLength = (text: string, d: DateMention): boolean =>
  LENGTH_STARTS.test(text.slice(Math.max(0, d.start - 40), d.start));

// "will unveil it on Feb. 26, the company said on Tuesday, with pre-orders opening the same day": the
// day a statement was made is not the day of what it tells, when its sentence names one before it.
const SAID_ON = /\b(?:said|says|announced|confirmed|reported|added|told\s+[\w.]+)\s+(?:on\s+)?$/i;
const isSaidOn = (text: string, d: DateMention): boolean =>
  SAID_ON.test(text.slice(Math.max(0, d.start - 30), d.start));
const NEW_SENTENCE = /[.!?]["”’]?\s+["“‘]?[A-Z]/;

/** Adds "the same day", "until then"… to the dates: the day the story last named, else the publication day. */
export function withSameDay(text: string, dates: DateMention[], published: string | null): DateMention[] {
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  // Anchor on a date the story named, not on a span counted from publication; by where each ends.
  const anchors = byStart.filter(
    (d) => !COUNTED_SPAN.test(d.text) && !isLength(d.text) && !startsLength(text, d) && !isMeasuredSince(text, d),
  );
  anchors.sort((a, b) => a.end - b.end);
  const saidOn = new Map<DateMention, boolean>();
  const said = (d: DateMention): boolean => {
    let v = saidOn.get(d);
    if (v === undefined) saidOn.set(d, (v = isSaidOn(text, d)));
    return v;
  };
  // Another anchor before anchors[i], in its own sentence (once a full stop comes between, it comes
  // between every earlier one too). "Stamps will cost more on 7 April, Royal Mail said on Wednesday.
  // Parcels go up on the same day.": the next sentence's "same day" is still the one told of.
  const sameSentenceDay = (i: number): boolean => {
    const d = anchors[i] as DateMention;
    for (let j = i - 1; j >= 0; j--) {
      const o = anchors[j] as DateMention;
      if (NEW_SENTENCE.test(text.slice(o.end, d.start))) return false;
      if (o.end <= d.start && !said(o)) return true;
    }
    return false;
  };
  const added: DateMention[] = [];
  let started = 0; // byStart[0..started) start at or before the phrase
  let reach = -1; // the furthest end among those
  for (let m = SAME_DAY.exec(text); m; m = SAME_DAY.exec(text)) {
    if (byStart.length + added.length >= MAX_DATES) break;
    const at = m.index;
    const end = at + m[0].length;
    for (; started < byStart.length && (byStart[started] as DateMention).start <= at; started++)
      reach = Math.max(reach, (byStart[started] as DateMention).end);
    if (reach > at) continue;
    // "the Match of the Day pundit", "Man of the Day": a title, not a day.
    if (/\bthe Day$/.test(m[0]) && /\p{Lu}\p{Ll}*\s+of\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
    // "during the day Friday": the day is named right after.
    const next = byStart[countWhile(byStart.length, (i) => (byStart[i] as DateMention).start < end)];
    if (next && next.start - end <= 4) continue;
    const before = countWhile(anchors.length, (i) => (anchors[i] as DateMention).end <= at);
    // The last day named, unless it is the day a statement was made and its sentence named another;
    // a sentence holds few days, so only the last few are looked at.
    let previous = anchors[before - 1];
    // "said Thursday they would keep him in custody until then": a speaker's "then" is a time the
    // story named before, not the day of the statement in its own sentence.
    const then = /^(?:then|that time)$/i.test(m[0]);
    for (let i = before - 1; i >= Math.max(0, before - 8); i--) {
      const d = anchors[i] as DateMention;
      const saidWithThen = then && said(d) && !NEW_SENTENCE.test(text.slice(d.end, at));
      if (!saidWithThen && (!said(d) || !sameSentenceDay(i))) {
        previous = d;
        break;
      }
    }
    const ahead = dayNamedAhead(text, at, end, next)?.date;
    const date = ahead ?? previous?.date ?? published;
    // "had met him at a party… Later that evening", "On days when prices fall, trades made that day…":
    // with no day named before or after, "that" day is a day of the story's past or any such day,
    // never the publication's.
    if (date === null || (!ahead && !previous && THAT_DAY.test(m[0]))) continue;
    const role = published === date ? 'published' : 'mention';
    const mention: DateMention = { text: m[0], date, start: at, end, role };
    added.push(mention);
    if (!isMeasuredSince(text, mention)) anchors.splice(before, 0, mention);
  }
  return [...byStart, ...added].sort((a, b) => a.start - b.start);
}

// "had agreed the day before.", "the previous day, temperatures…", "said the day before that…",
// "urged the board the day before to accept": the day before the one the story last named; "pleaded
// not guilty the next day", "may travel the following day", "the day after.": the day after it. Not
// "the day before the vote" (see not-dates.ts): a preposition cannot start the event "before" names.
const STANDS_ALONE = String.raw`(?=\s*(?:[.,;:!?)]|$)|\s+${anyOf(PHRASE_ENDERS)}\b)`;
// "the previous day", "the next day" name no event after them, so a verb may follow ("an autopsy
// carried out the next day found…"); not "of" or "or" ("the next day of talks", "the next day or two").
// A possessive is that day too: "extending the previous day's losses", "the next day's papers".
const COUNTED_ON = String.raw`(?=\s*(?:[.,;:!?)]|$)|\s+(?!(?:of|or)\b)[a-z]|['’]s\s)`;
const PART = '(?:day|night|evening|morning|afternoon)';
const DAY_BESIDE = new RegExp(
  String.raw`\bthe (?:((?:day|night|evening) before)${STANDS_ALONE}|(previous ${PART})${COUNTED_ON}|(?:day|night|evening) after${STANDS_ALONE}|(?:next|following) ${PART}${COUNTED_ON})`,
  'gi',
);

const isDayBeside = (t: string): boolean => new RegExp(`^${DAY_BESIDE.source}$`, 'i').test(t);

/**
 * Adds "the day before", "the previous day", "the next day", "the following day": the day before or
 * after the one the story last named (none when it named none).
 */
export function withDayBefore(text: string, dates: DateMention[], published: string | null): DateMention[] {
  // One pass over the text's "day before/after" phrases and the dates in order, so that a text full of
  // them costs no more than its length: each date's tests are run once, not once a phrase.
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  // A span ("a year ago", "for two days") is no day the story is told from, nor another "day before".
  const from = byStart
    .filter(
      (d) => !COUNTED_SPAN.test(d.text) && !isRelativeSpan(d.text) && !isDayBeside(d.text) && !isMeasuredSince(text, d),
    )
    .sort((a, b) => a.end - b.end);
  const added: DateMention[] = [];
  const dropped = new Set<DateMention>();
  let ended = 0; // from[0..ended) end before the phrase
  let started = 0; // byStart[0..started) start at or before it
  let reach = -1; // the furthest end among those
  for (let m = DAY_BESIDE.exec(text); m; m = DAY_BESIDE.exec(text)) {
    if (byStart.length - dropped.size + added.length >= MAX_DATES) break;
    const at = m.index;
    const end = at + m[0].length;
    for (; started < byStart.length && (byStart[started] as DateMention).start <= at; started++)
      reach = Math.max(reach, (byStart[started] as DateMention).end);
    if (reach > at) continue;
    while (ended < from.length && (from[ended] as DateMention).end <= at) ended++;
    let k = ended - 1;
    // A day inside an aside that has closed dates the aside, not the clause the phrase is in.
    while (k >= 0 && (dropped.has(from[k] as DateMention) || isClosedAsideDay(text, from[k] as DateMention, at))) k--;
    const previous = from[k];
    if (!previous) continue;
    // chrono read "next day" inside it as the day after publication.
    for (let j = started; j < byStart.length && (byStart[j] as DateMention).start < end; j++)
      if ((byStart[j] as DateMention).end <= end) dropped.add(byStart[j] as DateMention);
    const date = addDays(previous.date, m[1] || m[2] ? -1 : 1);
    const role = published === date ? 'published' : 'mention';
    added.push({ text: m[0], date, start: at, end, role });
  }
  return [...byStart.filter((d) => !dropped.has(d)), ...added].sort((a, b) => a.start - b.start);
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
