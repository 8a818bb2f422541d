import * as chrono from 'chrono-node';
import { monthDayParser } from './month-days.js';
import { independenceDay } from './independence-days.js';

/** Fixed and rule-based holidays a news story counts down to. Year: the one nearest the publication date. */
const HOLIDAYS: Array<[RegExp, (year: number) => [number, number], 'this'?]> = [
  [/christmas eve/i, () => [12, 24]],
  [/christmas(?: day)?/i, () => [12, 25]],
  [/boxing day/i, () => [12, 26]],
  [/new year['’]?s eve/i, () => [12, 31]],
  [/new year['’]?s(?: day)?/i, () => [1, 1]],
  [/valentine['’]?s day/i, () => [2, 14]],
  [/independence day|fourth of july|4th of july/i, () => [7, 4]],
  [/halloween/i, () => [10, 31]],
  // National and saints' days on a fixed date (Hogmanay is Scotland's New Year's Eve).
  [/st\.? patrick['’]?s day/i, () => [3, 17]],
  [/st\.? george['’]?s day/i, () => [4, 23]],
  [/st\.? david['’]?s day/i, () => [3, 1]],
  [/st\.? andrew['’]?s day/i, () => [11, 30]],
  [/burns night/i, () => [1, 25]],
  [/hogmanay/i, () => [12, 31]],
  // With capitals only: in lower case any night with a bonfire ("a bonfire night on the beach").
  [/Bonfire Night|Guy Fawkes Night/, () => [11, 5]],
  [/australia day/i, () => [1, 26]],
  [/anzac day/i, () => [4, 25]],
  [/canada day/i, () => [7, 1]],
  [/juneteenth/i, () => [6, 19]],
  [/veterans day|armistice day/i, () => [11, 11]],
  [/year[- ]end/i, () => [12, 31]],
  // "since the start of this year", "by the end of the year": the publication's year, not the nearest one.
  [/the (?:start|beginning) of (?:this|the) year/i, () => [1, 1], 'this'],
  [/the end of (?:this|the) year/i, () => [12, 31], 'this'],
  [/canadian thanksgiving/i, (y) => [10, nthWeekday(y, 9, 1, 2)]],
  [/thanksgiving(?: day)?/i, (y) => [11, nthWeekday(y, 10, 4, 4)]],
  [/election day/i, (y) => [11, nthWeekday(y, 10, 1, 1) + 1]],
  [/labou?r day/i, (y) => [9, nthWeekday(y, 8, 1, 1)]],
  [/memorial day/i, (y) => [5, lastWeekday(y, 4, 1)]],
  // England's bank holidays that move: the first and the last Monday of May, the last of August.
  [/(?:early may|may day) bank holiday/i, (y) => [5, nthWeekday(y, 4, 1, 1)]],
  [/(?:spring|late may|whitsun) bank holiday/i, (y) => [5, lastWeekday(y, 4, 1)]],
  [/(?:august|summer) bank holiday/i, (y) => [8, lastWeekday(y, 7, 1)]],
  // US federal holidays that close the markets: the third Monday of January and of February.
  [/(?:martin luther king(?:,? jr\.?)?|mlk) day/i, (y) => [1, nthWeekday(y, 0, 1, 3)]],
  [/presidents['’]? day|washington['’]s birthday/i, (y) => [2, nthWeekday(y, 1, 1, 3)]],
  // The shopping days named after Thanksgiving: the Friday and the Monday after it.
  [/black friday/i, (y) => [11, nthWeekday(y, 10, 4, 4) + 1]],
  [/cyber monday/i, (y) => dayAfter(y, 11, nthWeekday(y, 10, 4, 4), 4)],
  [/columbus day/i, (y) => [10, nthWeekday(y, 9, 1, 2)]],
  [/remembrance sunday/i, (y) => [11, nthWeekday(y, 10, 0, 2)]],
  // The days of the church year counted from Easter; Mothering Sunday is Britain's, three weeks before.
  [/shrove tuesday|pancake day/i, (y) => dayAfter(y, ...easter(y), -47)],
  [/ash wednesday/i, (y) => dayAfter(y, ...easter(y), -46)],
  [/mothering sunday/i, (y) => dayAfter(y, ...easter(y), -21)],
  [/palm sunday/i, (y) => dayAfter(y, ...easter(y), -7)],
  [/ascension day/i, (y) => dayAfter(y, ...easter(y), 39)],
  [/whit sunday|whitsunday|pentecost(?: sunday)?/i, (y) => dayAfter(y, ...easter(y), 49)],
  [/whit monday/i, (y) => dayAfter(y, ...easter(y), 50)],
  [/maundy thursday|holy thursday/i, (y) => dayAfter(y, ...easter(y), -3)],
  [/good friday/i, (y) => dayAfter(y, ...easter(y), -2)],
  // The Saturday of Holy Week; "Black Saturday" in the Philippines (see holidayParser).
  [/holy saturday|easter saturday|black saturday/i, (y) => dayAfter(y, ...easter(y), -1)],
  [/easter monday/i, (y) => dayAfter(y, ...easter(y), 1)],
  [/easter(?: sunday| day)?/i, (y) => easter(y)],
];

/** Western Easter Sunday of a year as [month, day] (the anonymous Gregorian algorithm). */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return [month, ((h + l - 7 * m + 114) % 31) + 1];
}

// [month, day] n days after a day of a year (n may be negative).
function dayAfter(y: number, month: number, day: number, n: number): [number, number] {
  const t = new Date(Date.UTC(y, month - 1, day + n));
  return [t.getUTCMonth() + 1, t.getUTCDate()];
}

// "a nor'easter": a word's tail after an apostrophe is no holiday; a quoted 'Easter' still is.
const PATTERN = new RegExp(`(?<![A-Za-z]['’])\\b(?:${HOLIDAYS.map(([re]) => re.source).join('|')})\\b`, 'i');

/** True when the text names a holiday this parser knows. */
export function isHolidayText(t: string): boolean {
  return PATTERN.test(t);
}

/**
 * The ISO day in `year` of the holiday the text names, or null when it names none or one tied to
 * "this year". Whose "Independence Day" it is needs the article: without it, null.
 */
export function holidayIn(text: string, year: number, article?: string): string | null {
  const found = HOLIDAYS.find(([re]) => re.test(text));
  if (!found || found[2] === 'this') return null;
  const national = found[0].source.startsWith('independence') ? INDEPENDENCE.exec(text) : null;
  if (national && article === undefined) return null;
  const [month, day] = national
    ? independenceDay(text, national.index, national[0].length, article ?? '')
    : found[1](year);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of month of the nth weekday (0 = Sunday) of a month (0-based). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

function lastWeekday(year: number, month: number, weekday: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
}

function nearest(ref: Date, rule: (year: number) => [number, number]): [number, number, number] {
  const y = ref.getUTCFullYear();
  const candidates = [y - 1, y, y + 1].map((year) => {
    const [m, d] = rule(year);
    return [year, m, d, Math.abs(Date.UTC(year, m - 1, d) - ref.getTime())] as const;
  });
  const best = candidates.reduce((a, b) => (b[3] < a[3] ? b : a));
  return [best[0], best[1], best[2]];
}

function thisYear(ref: Date, rule: (year: number) => [number, number]): [number, number, number] {
  const y = ref.getUTCFullYear();
  return [y, ...rule(y)];
}

const INDEPENDENCE = /\bindependence day\b/i;
// The article a parse reads a sentence of, handed in the parsing option (see parseIn).
type WithArticle = chrono.ParsingOption & { article?: string };

const HOLY_WEEK = /\b(?:holy week|maundy thursday|holy thursday|good friday|easter)\b/i;
const ON_MONDAY = /^(?:\s+(?:dinner|weekend|long weekend|holiday))?,?\s+(?:on\s+)?Monday\b/i;
const CANADIAN = (y: number): [number, number] => [10, nthWeekday(y, 9, 1, 2)];
// A service, prayer or act of thanks: "a Service of Thanksgiving for the life of…".
const OF_THANKS = /\b(?:services?|prayers?|mass|acts?|hymns?|songs?|days?|words?|vigil|offering)\s+of\s+$/i;

const holidayParser: chrono.Parser = {
  pattern: () => PATTERN,
  extract: (context, match) => {
    const found = HOLIDAYS.find(([re]) => re.test(match[0]));
    if (!found) return null;
    // "voting on election day was calm" in a story of another country's election: the day of that
    // election, not the US one; the US holiday is written with capitals.
    if (/^election day$/i.test(match[0]) && match[0] !== 'Election Day') return null;
    // "a service of thanksgiving at St Mary's", "prayers of Thanksgiving": giving thanks, not the US
    // holiday, which is written with a capital and is no one's service or prayer.
    if (/^thanksgiving/i.test(match[0]) && (/^t/.test(match[0]) || OF_THANKS.test(context.text.slice(0, match.index))))
      return null;
    // "Black Saturday" is Holy Week's only among its days ("Good Friday and Black Saturday"); else
    // it names a disaster (Australia's 2009 fires), and the weekday is read alone.
    if (/^black saturday$/i.test(match[0]) && !HOLY_WEEK.test(context.text)) return null;
    const [, named, which] = found;
    // "Thanksgiving dinner on Monday": Canada's, the second Monday of October (the US one is a Thursday).
    const monday =
      /^thanksgiving/i.test(match[0]) && ON_MONDAY.test(context.text.slice((match.index ?? 0) + match[0].length));
    const index = match.index ?? 0;
    const rule: (y: number) => [number, number] = monday
      ? CANADIAN
      : INDEPENDENCE.test(match[0])
        ? () => independenceDay(context.text, index, match[0].length, (context.option as WithArticle).article ?? '')
        : named;
    const ref = context.reference.instant;
    const [year, month, day] = which === 'this' ? thisYear(ref, rule) : nearest(ref, rule);
    if (which === 'this') return { year, month, day };
    // The nearest year is a guess, like a yearless "3 March": the tense rules may move it a year.
    return context.createParsingComponents({ month, day }).imply('year', year);
  },
};

// "Extra trains will run on bank holiday Monday": the England and Wales bank holiday Monday nearest
// the publication (Easter Monday, the first and last of May, the last of August), ahead on a tie.
const BANK_HOLIDAY_MONDAY = /\bbank\s+holiday\s+Monday\b/i;
const BANK_HOLIDAYS = (y: number): Array<[number, number]> => [
  dayAfter(y, ...easter(y), 1),
  [5, nthWeekday(y, 4, 1, 1)],
  [5, lastWeekday(y, 4, 1)],
  [8, lastWeekday(y, 7, 1)],
];
const bankHolidayParser: chrono.Parser = {
  pattern: () => BANK_HOLIDAY_MONDAY,
  extract: (context) => {
    const ref = context.reference.instant;
    const at = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const days = [-1, 0, 1].flatMap((n) =>
      BANK_HOLIDAYS(ref.getUTCFullYear() + n).map(([m, d]) => Date.UTC(ref.getUTCFullYear() + n, m - 1, d)),
    );
    const day = new Date(
      days.reduce((a, b) =>
        Math.abs(b - at) < Math.abs(a - at) || (Math.abs(b - at) === Math.abs(a - at) && b > a) ? b : a,
      ),
    );
    return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  },
};

/** chrono's English parser with holidays ("Thanksgiving Day", "Election Day", "year-end") and days with no month ("on the 6th") added. */
export const dateParser: chrono.Chrono = (() => {
  const c = chrono.casual.clone();
  c.parsers.push(holidayParser, bankHolidayParser, monthDayParser);
  return c;
})();

/**
 * `dateParser`'s readings of `text` at UTC reference `ref`, days not forced ahead. With the
 * article the text is a sentence of, whose "Independence Day" it is may be named in another one.
 */
export function parseIn(text: string, ref: Date, article?: string): chrono.ParsedResult[] {
  const option: WithArticle = { forwardDate: false, ...(article === undefined ? {} : { article }) };
  return dateParser.parse(text, { instant: ref, timezone: 0 }, option);
}
