import { countWhile } from './partition-point.js';
import type { DateMention, KeyDate } from './types.js';
import { type Sentence, textAfter, textBefore } from './sentences.js';
import { keyDateLabel } from './key-label.js';
import { labelWithAntecedent } from './key-label-antecedent.js';
import { labelWithReporter } from './key-label-reporter.js';
import { stripDateline } from './clutter.js';
import { withoutBrackets } from './key-label-asides.js';
import { type Tense, tenseNear } from './tense.js';
import { addDays } from '../time/calendar.js';
import { titleOverlap, titleStems } from './key-date-title.js';
import { holidayIn } from './holidays.js';
import { byDayPastPerfect } from './key-date-by-past.js';
import { endsAccountingPeriod } from './key-date-period-end.js';
import { sideDay } from './key-date-side-days.js';
import { namesEasterBreak, titlePeriod } from './key-date-period.js';
import { givenUntilDay, movedToDay, setAsDate, setsDayBefore } from './set-days.js';
import { labelWithTitle } from './key-label-title.js';
import { laterToday } from './key-date-today.js';

// Mentions whose day is only a stand-in: "next week" (some day of it), "for three weeks" and "the
// next 48 hours" (how long, not when), "the end of the year" and "year-end" (some time near the
// period's last day). They stay in the dates list; a countdown to them would be a precision the
// article never gave.
// So are "within a week", "after 27 years" (in office) and "the next few weeks": how long, not when.
const NO_COUNTDOWN =
  /^(?:(?:next|this|coming)\s+week|(?:for|over|during|within)\s.+|(?:the\s+)?next\s+(?:\S+\s+hours?|few\s+\S+)|after\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)\s+(?:days?|weeks?|months?|years?|decades?))$|\b(?:(?:end|close|turn)\s+of\s+(?:the\s+|this\s+|next\s+)?(?:year|month|quarter|week|decade)|(?:year|month|quarter)[-\s]end)\b/i;

// A deadline weighs as much as an event, no more: "proxy materials must be filed by 4 April" or
// "postal ballots must arrive by Thursday" is a step on the way to the meeting or the vote.
const ROLE_WEIGHT = { deadline: 2, event: 2, mention: 1, published: 0 } as const;
// A day named only inside quotations counts one mention less.
const QUOTED_WEIGHT = 1;
// A day the headline is about outweighs one more mention or a deadline beside an event.
const TITLE_WEIGHT = 1;
// A day in the part of the calendar the headline names ("this weekend", "midweek", "set for June"),
// as much as a day the headline names; added, so that the headline's words still pick within it.
const PERIOD_WEIGHT = 3;
// An event the lead sentence names outweighs a side day the body names twice; a mere mention in the
// lead gets nothing ("The depot reopens on Thursday. Bus drivers will strike on Monday.").
const LEAD_WEIGHT = 1.5;

/**
 * The date the story turns on: a date after publication tied to a deadline or an event,
 * weighted by how often and how early the article mentions it.
 */
export function findKeyDate(
  dates: DateMention[],
  sentences: Sentence[],
  published: string | null,
  textLength: number,
  title: string | null = null,
  /** Mentions standing inside a direct quotation. */
  quoted: ReadonlySet<DateMention> = new Set(),
): KeyDate | null {
  // The day after publication told in the past ("The team lost on Monday" in a story stamped the
  // evening before) has happened for the writer: nothing to count down to. Further ahead, a past
  // verb is mostly the clause before ("agreed on Monday to hold a vote on 9 December").
  // "Councillors will vote tonight": an event later on the publication day counts as one ahead.
  const today = new Set(
    dates.filter((d) => laterToday(d, sentenceAround(sentences, d), published, tenseOf(d, sentences), quoted.has(d))),
  );
  const future = dates.filter(
    (d) =>
      today.has(d) ||
      (!NO_COUNTDOWN.test(d.text) &&
        !byDayPastPerfect(sentenceAround(sentences, d), d) &&
        !endsAccountingPeriod(sentenceAround(sentences, d), d) &&
        (published === null ||
          (d.date > published &&
            !(
              (d.date <= addDays(published, 1) ? !setAhead(d, sentences) : pastReadAhead(d, published, sentences)) &&
              tenseOf(d, sentences) === 'past'
            )))),
  );
  if (future.length === 0) return null;
  // Appended in place: copying a day's list per mention was quadratic when one day is named
  // thousands of times ("tomorrow tomorrow …").
  const byDay = new Map<string, DateMention[]>();
  // A day the story says is called off ("called off a strike planned for 14 December") weighs only
  // as a bare mention and explains its day last, and alone is no key date: the countdown is not to
  // what will not happen. Nor to a use-by date printed on the packs a recall covers, nor to the last
  // day of a period that starts ahead (key-date-side-days.ts).
  const off = new Set(future.filter((d) => sideDay(sentenceAround(sentences, d), d, future)));
  for (const d of future) {
    const list = byDay.get(d.date);
    if (list) list.push(d);
    else byDay.set(d.date, [d]);
  }
  const headline = titleStems(title, sentences);
  const bounds = headline ? neighbourBounds(dates) : null;
  const holiday = title && published ? titleHoliday(title, published, sentences.map((s) => s.text).join(' ')) : null;
  const period = title && published ? titlePeriod(title, published) : null;
  // A news story opens on what it is about: "Teachers will walk out on 24 February" before the notice
  // they must serve or the training on Thursday.
  const lead = sentences[0];
  let best: { day: string; score: number; mentions: DateMention[] } | null = null;
  for (const [day, mentions] of byDay) {
    // A day named only for what was called off has nothing to count down to.
    if (off.size > 0 && mentions.every((d) => off.has(d))) continue;
    const roles = mentions.reduce((s, d) => s + ROLE_WEIGHT[off.has(d) ? 'mention' : roleOf(d, today)], 0);
    const first = mentions.reduce((m, d) => (off.has(d) ? m : Math.min(m, d.start)), Number.POSITIVE_INFINITY);
    // "Heatwave to peak this weekend": the headline names the days of its period as surely as one day.
    const within = period !== null && day >= period.from && day <= period.to ? PERIOD_WEIGHT : 0;
    // (A reduce, not a spread: one day may be named thousands of times.)
    // "NYSE to close early New Year's Eve" names the day the text calls "Thursday".
    const named =
      day === holiday
        ? HOLIDAY_WEIGHT
        : headline && title
          ? mentions.reduce(
              (m, d) => (off.has(d) ? m : Math.max(m, headlineWeight(headline, title, sentences, d, bounds?.get(d)))),
              0,
            )
          : 0;
    // A day only a speaker names weighs less; one they name with no event nor look ahead ("Ask me
    // tomorrow", "round the same table at Easter") is talk, not the story's day.
    const voiced = mentions.every((d) => quoted.has(d));
    if (voiced && mentions.every((d) => d.role === 'mention' && !toldAhead(d, sentences))) continue;
    const score =
      roles +
      mentions.length +
      (Number.isFinite(first) ? 1 - first / Math.max(1, textLength) : 0) +
      TITLE_WEIGHT * named +
      within -
      (voiced ? QUOTED_WEIGHT : 0) +
      (lead && mentions.some((d) => roleOf(d, today) === 'event' && !off.has(d) && d.start < lead.end)
        ? LEAD_WEIGHT
        : 0);
    if (!best || score > best.score) best = { day, score, mentions };
  }
  if (!best) return null;
  // The label comes from the mention that best explains the date: an event first, then a deadline.
  const explained = [...best.mentions].sort((a, b) => rank(a, off, today) - rank(b, off, today))[0] as DateMention;
  const sentence = sentenceAround(sentences, explained)?.text ?? explained.text;
  // A dateline ("BRUSSELS (Reuters) - ") is no part of what happens on the day, nor is a ticker.
  const plain = withoutBrackets(stripDateline(sentence), explained.text);
  return {
    date: best.day,
    // "The vote is on Friday" under "MPs to vote on assisted dying bill": the headline names the vote.
    // "It will be withdrawn": the thing the sentence before was about.
    // "It would close the plant" after "Ford said": the one who reported it.
    label: labelWithAntecedent(
      labelWithReporter(
        labelWithTitle(keyDateLabel(plain.includes(explained.text) ? plain : sentence, explained), title),
        plain,
        sentences.map((s) => s.text).join(' '),
      ),
      plain,
      sentenceBefore(sentences, explained)?.text,
    ),
    sentence,
  };
}

// A day without its year months ahead, told in the past ("blocked the merger on 1 February" in a
// story of 10 February), is the last one, read forward for want of a year: no countdown. Not after
// an infinitive: "members voted to strike on 20 July" is the strike's day, still ahead.
const AHEAD_DAYS = 90;
// Nor after a modal or a schedule ("will publish its long-delayed plan on 4 June"): the past
// participle near the day is an adjective, not the clause's tense.
const INFINITIVE_BEFORE =
  /\b(?:to\s+(?!the\b)\p{L}+|will|shall|is\s+due|are\s+due|scheduled|expected|planned\s+for)\b[^,.;:]*$/u;
function pastReadAhead(d: DateMention, published: string, sentences: Sentence[]): boolean {
  if (d.date <= addDays(published, AHEAD_DAYS) || /\d{4}|['’]\d\d\b/.test(d.text)) return false;
  const s = sentenceAround(sentences, d);
  return !s || (!INFINITIVE_BEFORE.test(textBefore(s, d, 80)) && !setAhead(d, sentences));
}

// "has pushed back the release to 6 March", "adjourned the trial until Thursday" (tomorrow too): the
// past verb moves or sets the day, which is ahead. So is the deadline in "gave the company until 30
// September to file", and "set a trial date of 15 September".
function setAhead(d: DateMention, sentences: Sentence[]): boolean {
  const s = sentenceAround(sentences, d);
  if (!s) return false;
  const words = textBefore(s, d, 80);
  const after = textAfter(s, d);
  return (
    movedToDay(words) || givenUntilDay(words) || setAsDate(words, after) || setsDayBefore(textBefore(s, d, 160), after)
  );
}

// As much as a day the headline names in the text's own words.
const HOLIDAY_WEIGHT = 3;

// The next day of the holiday the headline names, from publication on.
function titleHoliday(title: string, published: string, article: string): string | null {
  if (namesEasterBreak(title)) return null; // a period, weighed as one (key-date-period.ts)
  const year = Number(published.slice(0, 4));
  const day = holidayIn(title, year, article);
  return day !== null && day < published ? holidayIn(title, year + 1, article) : day;
}

function headlineWeight(
  headline: Map<string, number>,
  title: string,
  sentences: Sentence[],
  d: DateMention,
  bound?: { from: number; to: number },
): number {
  const s = sentenceAround(sentences, d);
  // "travel over Easter" under "Easter rail closures": the headline's Easter is the weekend, weighed as a period.
  if (namesEasterBreak(title) && /\bEaster$/i.test(d.text)) return 0;
  return s ? titleOverlap(headline, title, s, d, bound) : 0;
}

// The words before another day are that day's: "The last eclipse was on 28 August 2007, and the next
// is on 21 December 2010" ties "eclipse" to 2007 only. Each mention's reach ends at its neighbours.
function neighbourBounds(dates: DateMention[]): Map<DateMention, { from: number; to: number }> {
  const ordered = [...dates].sort((a, b) => a.start - b.start);
  const out = new Map<DateMention, { from: number; to: number }>();
  ordered.forEach((d, i) => {
    out.set(d, { from: ordered[i - 1]?.end ?? 0, to: ordered[i + 1]?.start ?? Number.POSITIVE_INFINITY });
  });
  return out;
}

function rank(d: DateMention, off: Set<DateMention>, today: Set<DateMention>): number {
  const role = roleOf(d, today);
  return off.has(d) ? 3 : role === 'event' ? 0 : role === 'deadline' ? 1 : 2;
}

// An event later on the publication day weighs as an event, not as the day of publication.
function roleOf(d: DateMention, today: Set<DateMention>): DateMention['role'] {
  return today.has(d) ? 'event' : d.role;
}

function toldAhead(d: DateMention, sentences: Sentence[]): boolean {
  return tenseOf(d, sentences) === 'future';
}

function tenseOf(d: DateMention, sentences: Sentence[]): Tense {
  const s = sentenceAround(sentences, d);
  const at = s ? d.start - s.start : -1;
  if (!s || s.text.slice(at, at + d.text.length) !== d.text) return 'unknown';
  return tenseNear(s.text, at, at + d.text.length);
}

/**
 * The sentence holding the span. Sentences come in text order without overlap, so a binary search
 * finds it: a scan from the start for each date was quadratic when short sentences each name a day.
 */
function sentenceBefore(sentences: Sentence[], span: { start: number }): Sentence | undefined {
  return sentences[countWhile(sentences.length, (i) => (sentences[i] as Sentence).start <= span.start) - 2];
}

function sentenceAround(sentences: Sentence[], span: { start: number; end: number }): Sentence | undefined {
  const s = sentences[countWhile(sentences.length, (i) => (sentences[i] as Sentence).start <= span.start) - 1];
  return s && span.end <= s.end ? s : undefined;
}
