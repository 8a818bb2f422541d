/**
 * Days read against another day of the story rather than against publication: "the following
 * Monday", a weekday listed after another, "a week from today".
 */
import type * as chrono from 'chrono-node';
import type { DateMention } from './types.js';
import type { Sentence } from './sentences.js';
import { addDays } from '../time/calendar.js';
import { tenseNear } from './tense.js';
import { isRelativeSpan, NUMBER_WORDS, WEEKDAY } from './date-words.js';
import { roleOf } from './date-roles.js';
import { setsDayBefore } from './set-days.js';
import { inEarlierSpan } from './span-weekdays.js';
import { onTheWeekday } from './the-weekday.js';

/** What chrono read, where; `range`: the whole span when it is one end of one ("Monday to Thursday"). */
type Read = Pick<chrono.ParsedResult, 'text' | 'index' | 'start'> & { range?: string };

/** A mention as the story's other days place it (`earlier`: the mentions before it, in order). */
export function anchored(
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
  /** The whole text the mentions' offsets are in. */
  text = '',
): DateMention {
  const counted = spanFrom(
    s,
    part,
    weekdayBeforeAfter(s, part, followingWeekday(s, part, m, earlier, published, text), earlier, published, text),
    published,
  );
  const listed = onTheWeekday(
    s,
    part,
    listedWeekday(s, part, counted, earlier, published),
    lastNamedDay(earlier, m, text),
    published,
  );
  return inNamedWeek(s, part, inEarlierSpan(s, part, listed, earlier, published, text), published);
}

// "on Tuesday last week", "Friday next week": a weekday of the week before or after publication's.
const IN_NAMED_WEEK = /\b(?:of\s+)?(last|next)\s+week$/i;

/**
 * "reported a loss on Tuesday last week" in Wednesday's paper is the Tuesday eight days before, in the
 * calendar week (Monday to Sunday) before publication's; chrono took the Tuesday just gone.
 */
function inNamedWeek(s: Sentence, part: Read, m: DateMention, published: string | null): DateMention {
  // "from Monday to Thursday next week": the week named at the end of a span of days is its start's too.
  const spanStart = part.range !== undefined && part.range !== part.text && part.range.startsWith(part.text);
  const named = IN_NAMED_WEEK.exec(spanStart ? (part.range ?? '') : part.text);
  if (!named || published === null || !part.start.isCertain('weekday') || part.start.isCertain('day')) return m;
  const monday = addDays(published, -((new Date(`${published}T00:00:00Z`).getUTCDay() + 6) % 7));
  const offset = ((part.start.get('weekday') ?? 0) + 6) % 7;
  const date = addDays(monday, offset + (named[1]?.toLowerCase() === 'last' ? -7 : 7));
  return movedTo(date, s, part, m, published);
}

// "the economics prize the following Monday", "selection begins the previous Thursday": a weekday
// counted from the story's last day, not from publication.
const THE_FOLLOWING = /\bthe\s+(following|previous|preceding)\s+$/i;

// The day the story last named before `m`; a span ("a year ago", "for 24 hours") is no day the story
// is told from, nor the day a report was made ("Apple will hold its event on Sept. 9, the company said
// Tuesday. The phones ship the following Friday": the Friday after the event).
const REPORTED_ON = /\b(?:said|says|announced|confirmed|reported|told\s+(?:reporters|the\s+\S+))\s+(?:on\s+)?$/i;
export const lastNamedDay = (earlier: DateMention[], m: DateMention, text: string): DateMention | undefined =>
  earlier
    .filter(
      (d) =>
        d.end <= m.start &&
        !isRelativeSpan(d.text) &&
        !REPORTED_ON.test(text.slice(Math.max(0, d.start - 40), d.start)),
    )
    .at(-1);

// The first such weekday after (or the last before) the day the story last named; with no day named
// before it, the reading stays.
function fromLastNamedDay(
  after: boolean,
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
  text: string,
): DateMention {
  const last = lastNamedDay(earlier, m, text);
  if (!last) return m;
  return movedTo(after ? weekdayAfter(last.date, part) : weekdayBefore(last.date, part), s, part, m, published);
}

/**
 * "the following Monday": the first Monday after the day the story last named ("on 7 October, and
 * the economics prize the following Monday"), "the previous Monday" the last one before it; with no
 * day named before it, the reading stays.
 */
function followingWeekday(
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
  text: string,
): DateMention {
  if (!part.start.isCertain('weekday') || part.start.isCertain('day')) return m;
  const which = THE_FOLLOWING.exec(s.text.slice(Math.max(0, part.index - 16), part.index))?.[1];
  if (!which) return m;
  return fromLastNamedDay(which.toLowerCase() === 'following', s, part, m, earlier, published, text);
}

// "held on 8 June, after a debate the Monday before.": a weekday counted back (or on, "the Friday
// after") from the day the story last named; "before" or "after" with nothing after it.
const THE_BEFORE = /\bthe\s+$/i;
const BEFORE_AFTER_ALONE = /^\s+(before|after)(?=\s*(?:[.,;:!?)]|$))/i;

function weekdayBeforeAfter(
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
  text: string,
): DateMention {
  if (!part.start.isCertain('weekday') || part.start.isCertain('day')) return m;
  if (!THE_BEFORE.test(s.text.slice(Math.max(0, part.index - 5), part.index))) return m;
  const which = BEFORE_AFTER_ALONE.exec(s.text.slice(part.index + part.text.length))?.[1];
  if (!which) return m;
  return fromLastNamedDay(which.toLowerCase() === 'after', s, part, m, earlier, published, text);
}

// "next Tuesday and Wednesday", "on Tuesday and the third on Thursday": a weekday listed right after
// another, joined by "and"/"or" and at most three words; "from Wednesday to Saturday": the end of a
// span of days.
const LISTED_AFTER =
  /^\s*,?\s*(?:(?:and|or|&)\s+(?:[\p{L}'’-]+\s+){0,3}|(?:to|through|thru|until|till)\s+|[-–—]\s*)$/iu;
const NAMED_WEEKDAY = /\b(?:last|next|this|past|coming)\s/i;

/**
 * A weekday listed after another weekday of its sentence ("meet next Tuesday and Wednesday", "play
 * Arsenal on Tuesday and Brentford on Saturday") is the first such day after it: read alone, the
 * nearest Wednesday may come before the Tuesday. A clause told in the past keeps its own reading
 * ("trained on Monday and Thursday" when Monday was misread as the one ahead).
 */
function listedWeekday(
  s: Sentence,
  part: Read,
  m: DateMention,
  earlier: DateMention[],
  published: string | null,
): DateMention {
  if (!part.start.isCertain('weekday') || part.start.isCertain('day') || NAMED_WEEKDAY.test(part.text)) return m;
  const last = earlier.at(-1);
  if (!last || last.start < s.start || last.end > m.start) return m;
  // The one before is a weekday alone ("on Tuesday", "next Tuesday"), not "Tuesday 3 March".
  if (!WEEKDAY.test(last.text) || /\d/.test(last.text)) return m;
  if (!LISTED_AFTER.test(s.text.slice(last.end - s.start, part.index))) return m;
  // The past read at the second day may be a later clause's ("strike on Wednesday and Saturday,
  // their union said"): it counts only when the first day's clause is past too, and that clause's
  // verb did not set the first day ahead ("cancelled all sailings for Wednesday and Thursday").
  const first = last.start - s.start;
  const firstSet = setsDayBefore(s.text.slice(Math.max(0, first - 60), first), s.text.slice(first + last.text.length));
  if (
    tenseNear(s.text, part.index, part.index + part.text.length) === 'past' &&
    tenseNear(s.text, first, first + last.text.length) === 'past' &&
    !firstSet
  )
    return m;
  const date = weekdayAfter(last.date, part);
  // The same weekday again ("Tuesday and Tuesday") is no later one.
  if (date === addDays(last.date, 7)) return m;
  return movedTo(date, s, part, m, published);
}

// The first day after `day` that falls on the weekday chrono read.
function weekdayAfter(day: string, part: Read): string {
  const weekday = part.start.get('weekday') ?? 0;
  return addDays(day, ((weekday - new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1);
}

// The last day before `day` that falls on the weekday chrono read: a week back from the first after,
// unless that is the day itself.
function weekdayBefore(day: string, part: Read): string {
  const after = weekdayAfter(day, part);
  return addDays(after, after === addDays(day, 7) ? -14 : -7);
}

// The mention on another day, with the role that day has in its sentence.
function movedTo(date: string, s: Sentence, part: Read, m: DateMention, published: string | null): DateMention {
  return { ...m, date, role: roleOf(date, published, s.text.slice(0, part.index), s.text) };
}

// "a week from today", "two weeks from Friday", "ten days from tomorrow": chrono reads only the day after
// "from". British "a week today", "a fortnight tomorrow" leave "from" out.
const SPAN_FROM = new RegExp(
  String.raw`\b(an?|${NUMBER_WORDS.join('|')}|\d{1,2})\s+(days?|weeks?|fortnights?)\s+(from\s+)?$`,
  'i',
);
const TODAY_OR_TOMORROW = /^(?:today|tomorrow)$/i;
// "closed for two weeks today", "a week today since the flood": how long until now, not a day ahead.
const LASTED_FOR = /\bfor\s+$/i;
const SINCE_AFTER = /^\s+since\b/i;

/** "a week from today": the span counted on from the day chrono read, and written as one expression. */
function spanFrom(s: Sentence, part: Read, m: DateMention, published: string | null): DateMention {
  const span = SPAN_FROM.exec(s.text.slice(Math.max(0, part.index - 30), part.index));
  if (!span) return m;
  // "shut for two weeks from 17 March": the length starts on the day named, which is the story's day.
  const lead = s.text.slice(Math.max(0, part.index - span[0].length - 5), part.index - span[0].length);
  if (span[3] && LASTED_FOR.test(lead)) return m;
  if (!span[3]) {
    const rest = s.text.slice(part.index + part.text.length);
    if (!TODAY_OR_TOMORROW.test(part.text) || LASTED_FOR.test(lead) || SINCE_AFTER.test(rest)) return m;
  }
  const word = (span[1] ?? '').toLowerCase();
  const n = /^\d/.test(word) ? Number(word) : word.startsWith('a') ? 1 : NUMBER_WORDS.indexOf(word) + 1;
  const unit = (span[2] ?? '').toLowerCase();
  const date = addDays(m.date, n * (unit.startsWith('week') ? 7 : unit.startsWith('fortnight') ? 14 : 1));
  const index = part.index - span[0].length;
  return {
    text: `${span[0]}${m.text}`,
    date,
    start: m.start - span[0].length,
    end: m.end,
    role: roleOf(date, published, s.text.slice(0, index), s.text),
  };
}
