import type * as chrono from 'chrono-node';

/**
 * "on the 6th", "by the 15th", "the 30th and 31st": a day of the month with no month, which chrono
 * leaves out. Its month is the one its sentence named last ("Sales in November were hit by Black
 * Friday falling on the 28th"), else the publication's month, which the place rules may then move
 * by one (see date-places.ts).
 */

// Only after a preposition of time, and only when punctuation, another such day, or a word no noun
// can be ("had", "in", "at": "figures released on the 10th had shown") follows: "the 24th
// anniversary", "for the 10th time", "the 18th hole" are not days, nor "for the 10th in a row".
// "on the 28th of last month", "the 1st of this month" (wire copy): the month is counted from publication's;
// "of that month" is the one the sentence named.
// "past the 16th" (a delay past it) and "on the 31st and that it would…" (a clause joined after it) too,
// and "on the 1st after the board voted", "on the 12th because the tide rose": a clause opening with
// its subject and a verb after it ("for the 2nd after a long wait" is a place in a queue).
// "on the 14th for the marathon": "for the" after the day opens what happens on it (not after "for
// the 10th", a place). A weekday before it ("Saturday the 12th") makes it a day whatever follows.
const MONTH_DAY =
  /(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|(?<=\b(?:on|by|until|till|from|since|before|after|through|for|past)\s+))the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(last|this|next|that)\s+month\b|(?<=day,?\s+the\s+\d{1,2}\w\w)|(?=\s*(?:[,;:)!?]|\.(?!\d)|$)|\s+(?:and|or|to|through|until)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\s+(?:and|but)\s+(?:that|it|he|she|they|we|then)\b|\s+(?:had|has|have|was|were|is|are|will|would|can|could|might|must|should|in|at|with|when)\b(?!\s+a\s+row\b)|(?<!\bfor\s+the\s+\d{1,2}(?:st|nd|rd|th))\s+(?:for\s+the\b|(?:after|before|because|while|unless|as)\s+(?:[\w'’]+\s+){0,5}(?:[a-z]+ed|had|was|were|is|are|has|have)\b)))/i;

/** "the 6th", "the 28th of last month" and the like, as a whole. */
export const ORDINAL_DAY = /^the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:last|this|next|that)\s+month)?$/i;

// Written with a capital: "may" is also a verb.
const MONTH_NAMES =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/g;
const GOLF = /\b(?:holes?|birdie[ds]?|bogey(?:ed|s)?|eagled|par(?:red)?|tee|fairway|putt(?:ed|s)?)\b/;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const monthDayParser: chrono.Parser = {
  pattern: () => MONTH_DAY,
  extract: (context, match) => {
    // "birdied on the 18th", "parred the 3rd": on a golf course the 18th is a hole.
    if (GOLF.test(context.text)) return null;
    const day = Number(match[1]);
    const ref = context.reference.instant;
    const named = [...context.text.slice(0, match.index).matchAll(MONTH_NAMES)].at(-1)?.[0];
    const c = context.createParsingComponents({ day });
    // "flies out on Saturday 6 August and home on the 29th of that month": the month named before.
    if (match[2]?.toLowerCase() === 'that' && !named) return null;
    if (match[2] && match[2].toLowerCase() !== 'that') {
      const which = match[2].toLowerCase();
      const at = new Date(
        Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + (which === 'last' ? -1 : which === 'next' ? 1 : 0), 1),
      );
      const year = at.getUTCFullYear();
      const month = at.getUTCMonth() + 1;
      if (day < 1 || day > daysIn(year, month)) return null;
      c.assign('month', month).assign('year', year);
    } else if (named) {
      // A month the sentence named: in the year nearest the publication, as chrono places "May 28".
      const month = MONTH_STARTS.indexOf(named.slice(0, 3).toLowerCase()) + 1;
      const y = ref.getUTCFullYear();
      const year = [y - 1, y, y + 1].reduce((a, b) =>
        Math.abs(Date.UTC(b, month - 1, day) - ref.getTime()) < Math.abs(Date.UTC(a, month - 1, day) - ref.getTime())
          ? b
          : a,
      );
      if (day < 1 || day > daysIn(year, month)) return null;
      c.assign('month', month).imply('year', year);
    } else {
      // "Saturday the 12th": the month (this one, the next or the last) where the 12th is a Saturday.
      const weekday = WEEKDAYS.indexOf(match[0].slice(0, 3).toLowerCase());
      const fits = [0, 1, -1]
        .map((n) => new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + n, day)))
        .find((d) => d.getUTCDate() === day && d.getUTCDay() === weekday);
      if (fits) return c.assign('month', fits.getUTCMonth() + 1).assign('year', fits.getUTCFullYear());
      const year = ref.getUTCFullYear();
      const month = ref.getUTCMonth() + 1;
      if (day < 1 || day > daysIn(year, month)) return null;
      c.imply('month', month).imply('year', year);
    }
    return c;
  },
};
