import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { DROP_RULES } from '../../src/digest/date-rules.js';
import { PLACE_RULES } from '../../src/digest/date-places.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published: string | null = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

/** For each named rule: a sentence it decides, and a close one it leaves alone. */
interface Case {
  text: string;
  published?: string | null;
  dates: string[][];
  control: { text: string; published?: string | null; dates: string[][] };
}

const DROPS: Record<string, Case> = {
  'no-day': {
    text: 'Sales fell in March.',
    dates: [],
    control: { text: 'Sales fell a year ago.', dates: [['a year ago', '2023-03-13']] },
  },
  'weekday-as-adjective': {
    text: 'The museum cut its Sunday hours.',
    dates: [],
    control: { text: 'The museum closed on Sunday.', dates: [['on Sunday', '2024-03-10']] },
  },
  'holiday-as-adjective': {
    text: 'The Easter egg hunt will be held on 23 March.',
    dates: [['on 23 March', '2024-03-23']],
    control: {
      text: 'The egg hunt will be held at Easter.',
      dates: [['Easter', '2024-03-31']],
    },
  },
  'recurring-weekday': {
    text: 'Every Saturday at 6am, the baker lights the oven.',
    dates: [],
    control: { text: 'On Saturday at 6am, the baker fired the oven.', dates: [['On Saturday at 6am', '2024-03-09']] },
  },
  'indefinite-weekday': {
    text: 'The market is busiest on a Saturday.',
    dates: [],
    control: { text: 'Lenders were given a Saturday deadline.', dates: [['Saturday', '2024-03-09']] },
  },
  'weekday-in-a-name': {
    text: 'Viewers of Monday Night Football fell by a tenth.',
    dates: [],
    control: { text: 'Viewers of the football fell on Monday night.', dates: [['on Monday night', '2024-03-11']] },
  },
  'recurring-day-of-year': {
    text: 'The village lights a bonfire every November 5.',
    dates: [],
    control: { text: 'The village lit a bonfire on November 5.', dates: [['November 5', '2023-11-05']] },
  },
  'working-week': {
    text: 'The library opens Monday through Saturday.',
    dates: [],
    control: {
      text: 'The library will open Monday through Wednesday next week.',
      dates: [
        ['Monday', '2024-03-18'],
        ['Wednesday next week', '2024-03-20'],
      ],
    },
  },
  'indefinite-holiday': {
    text: 'After a Christmas spent revising, the students sat their exams.',
    dates: [],
    // Before a noun, "a Christmas …" is the one nearby: "in a Labor Day interview" named the Monday before.
    control: {
      text: 'In a Christmas interview, the bishop said the appeal had raised £2m.',
      dates: [['Christmas', '2023-12-25']],
    },
  },

  'narrative-span': {
    text: 'The bakery opened in spring. Three weeks later its oven broke.',
    dates: [],
    control: { text: 'Its oven broke three weeks ago.', dates: [['three weeks ago', '2024-02-21']] },
  },
  'past-span-after': {
    text: 'The reporter was released after 12 years in prison.',
    dates: [],
    control: { text: 'The ferry will sail again after 10 days.', dates: [['after 10 days', '2024-03-23']] },
  },
  'past-span-in': {
    text: 'Last year the pantomime sold out in two days.',
    dates: [],
    control: { text: 'The pantomime will sell out in two days.', dates: [['in two days', '2024-03-15']] },
  },
  'superlative-span-in': {
    text: 'Wheat is trading at its lowest price in two days.',
    dates: [],
    control: { text: 'Its biggest test comes in two days.', dates: [['in two days', '2024-03-15']] },
  },
  'stretch-up-to-now': {
    text: 'The index has lost 6 percent in the past two weeks.',
    dates: [],
    control: { text: 'The index lost 6 percent two weeks ago.', dates: [['two weeks ago', '2024-02-28']] },
  },
  'length-from-a-day': {
    text: 'The gallery will close for two weeks starting in May.',
    dates: [],
    control: { text: 'The gallery will close for two weeks.', dates: [['for two weeks', '2024-03-27']] },
  },
  'count-in-a-span': {
    text: 'The ferry made four crossings in two days.',
    dates: [],
    control: { text: 'The ferry will sail again in two days.', dates: [['in two days', '2024-03-15']] },
  },
  'part-of-a-number': {
    text: 'The lake formed 12,000 years ago.',
    dates: [],
    control: { text: 'The lake was drained 12 years ago.', dates: [['12 years ago', '2012-03-13']] },
  },
  'not-written-as-a-date': {
    text: 'Add 3/4 of a cup of flour.',
    dates: [],
    control: { text: 'The ruling came on 3/4/2024.', dates: [['3/4/2024', '2024-03-04']] },
  },
  'no-day-of-the-story': {
    text: 'The coach told USA Today he would stay.',
    dates: [],
    control: { text: 'The coach said today he would stay.', dates: [['today', WEDNESDAY]] },
  },
  'event-of-a-named-week': {
    text: "Turnout in next week's ballot may be low, and last week's storm kept voters home.",
    dates: [],
    control: { text: 'The ballot is next week.', dates: [['next week', '2024-03-20']] },
  },
  'no-year-to-resolve-against': {
    text: 'The bridge opened on 4 March.',
    published: null,
    dates: [],
    control: {
      text: 'The bridge opened on 4 March 2019.',
      published: null,
      dates: [['on 4 March 2019', '2019-03-04']],
    },
  },
  'year-out-of-range': {
    text: 'The tomb dates from 4 March 800 BC.',
    dates: [],
    control: { text: 'The tomb dates from 4 March 1800.', dates: [['4 March 1800', '1800-03-04']] },
  },
};

const PLACES: Record<string, Case> = {
  'future-weekday-ahead': {
    text: 'The team will play on Monday.',
    dates: [['on Monday', '2024-03-18']],
    control: { text: 'The team played on Monday.', dates: [['on Monday', '2024-03-11']] },
  },
  'until-weekday-ahead': {
    text: 'The pool is closed until Monday.',
    dates: [['Monday', '2024-03-18']],
    control: { text: 'The pool was closed until Monday.', dates: [['Monday', '2024-03-11']] },
  },
  'set-for-weekday-ahead': {
    text: 'The judge adjourned the hearing to Monday.',
    dates: [['Monday', '2024-03-18']],
    control: { text: 'The judge adjourned the hearing on Monday.', dates: [['on Monday', '2024-03-11']] },
  },
  'event-ahead-of': {
    text: 'The rivals clashed on Wednesday before Monday’s vote.',
    dates: [
      ['on Wednesday', '2024-03-13'],
      ['Monday', '2024-03-18'],
    ],
    control: { text: 'The rivals clashed before Monday.', dates: [['Monday', '2024-03-11']] },
  },
  'deadline-weekday-ahead': {
    text: 'Lenders face the deadline of Monday.',
    dates: [['Monday', '2024-03-18']],
    control: { text: 'Lenders missed the deadline of Monday.', dates: [['Monday', '2024-03-11']] },
  },
  'is-weekday-ahead': {
    text: 'The vote is Monday.',
    dates: [['Monday', '2024-03-18']],
    control: { text: 'The vote was Monday.', dates: [['Monday', '2024-03-11']] },
  },
  'past-weekday-behind': {
    text: 'The team played on Friday.',
    dates: [['on Friday', '2024-03-08']],
    control: { text: 'The shop was closed until Friday.', dates: [['Friday', '2024-03-15']] },
  },
  'market-close-behind': {
    text: "Shares are up 2% from Friday's close.",
    dates: [['Friday', '2024-03-08']],
    control: { text: 'Shares are up 2% on Friday.', dates: [['on Friday', '2024-03-15']] },
  },
  'since-weekday-behind': {
    text: 'Shares are up 5% since Friday.',
    dates: [['Friday', '2024-03-08']],
    control: { text: 'Shares will be up 5% by Friday.', dates: [['Friday', '2024-03-15']] },
  },
  'week-on-weekday': {
    text: 'The walk will take place on Monday week.',
    dates: [['on Monday', '2024-03-25']],
    control: { text: 'The walk will take place on Monday.', dates: [['on Monday', '2024-03-18']] },
  },
  'past-this-weekday-behind': {
    text: 'The choir performed this Saturday.',
    dates: [['this Saturday', '2024-03-09']],
    control: { text: 'The choir will perform this Saturday.', dates: [['this Saturday', '2024-03-16']] },
  },
  'future-day-next-year': {
    text: 'The exhibition runs until 1 March.',
    dates: [['1 March', '2025-03-01']],
    control: { text: 'The exhibition ran until 1 March.', dates: [['1 March', '2024-03-01']] },
  },
  'past-day-last-year': {
    text: 'He was arrested on 1 September.',
    dates: [['on 1 September', '2023-09-01']],
    control: { text: 'He will be sentenced on 1 September.', dates: [['on 1 September', '2024-09-01']] },
  },
  'since-day-behind': {
    text: 'Shares have risen 12% since 20 March.',
    dates: [['20 March', '2023-03-20']],
    control: { text: 'Shares have risen 12% from 20 March.', dates: [['20 March', '2024-03-20']] },
  },
  'year-the-sentence-opens-with': {
    text: 'Last year, the regatta started on 20 March.',
    dates: [['on 20 March', '2023-03-20']],
    control: { text: 'The regatta started on 20 March.', dates: [['on 20 March', '2024-03-20']] },
  },
  'future-month-day-next-month': {
    text: 'The council will vote on the 2nd.',
    dates: [['the 2nd', '2024-04-02']],
    control: { text: 'The council voted on the 2nd.', dates: [['the 2nd', '2024-03-02']] },
  },
  'past-month-day-last-month': {
    text: 'The ballot closed on the 28th.',
    dates: [['the 28th', '2024-02-28']],
    control: { text: 'The ballot will close on the 28th.', dates: [['the 28th', '2024-03-28']] },
  },
};

describe('the last day', () => {
  it('"the last day of the quarter" and "the past day" name no day; "yesterday" does', () => {
    expect(datesOf('Stocks rose on the last day of the quarter.')).toEqual([]);
    expect(datesOf('Rain fell over the past day.')).toEqual([]);
    expect(datesOf('Stocks rose yesterday.')).toEqual([['yesterday', '2024-03-12']]);
  });
});

describe('weekdays as adjectives', () => {
  it('"Sunday working" names no day, as "Sunday hours" does', () => {
    expect(datesOf('The union opposes Sunday working at the museum.')).toEqual([]);
  });
});

describe('a weekday that names an event ahead', () => {
  it('is the one ahead for more kinds of event, named or not ("Sunday’s Super Bowl", "Saturday’s derby")', () => {
    expect(datesOf('Prices rose on Monday before Sunday’s Super Bowl.', '2025-02-04')).toEqual([
      ['on Monday', '2025-02-03'],
      ['Sunday', '2025-02-09'],
    ]);
    expect(datesOf('The police met before Saturday’s derby.', '2025-02-04')).toEqual([['Saturday', '2025-02-08']]);
  });
});

describe('a working week with its end dated', () => {
  it('"from Monday through Friday, March 21" names the days of one week, the first of them too', () => {
    expect(datesOf('Elm Street will be closed from Monday through Friday, March 22, for gas works.')).toEqual([
      ['Monday', '2024-03-18'],
      ['Friday, March 22', '2024-03-22'],
    ]);
    expect(datesOf('The lido shuts from Monday to Sunday 24 March.')).toEqual([
      ['Monday', '2024-03-18'],
      ['Sunday 24 March', '2024-03-24'],
    ]);
  });
});

describe('opening hours of a working week', () => {
  it('"Monday through Friday, 9 a.m. to 5 p.m." names no day, not even by its closing time', () => {
    expect(datesOf('The new clinic opens Monday through Friday, 8 a.m. to 6 p.m.')).toEqual([]);
    expect(datesOf('The swimming pool is open Monday to Saturday from 7am to 9pm.')).toEqual([]);
  });
});

describe('a weekday a week on', () => {
  it('"a week on Friday" and "Tuesday week" are a week after the coming one; "the week on Friday" is Friday', () => {
    expect(datesOf('The mayor will open it a week on Friday.')).toEqual([['on Friday', '2024-03-22']]);
    expect(datesOf('The next figures are due Tuesday week.', '2024-03-17')).toEqual([['Tuesday', '2024-03-26']]);
    expect(datesOf('The hearing was moved to Wednesday week.')).toEqual([['Wednesday', '2024-03-20']]);
    expect(datesOf('The staff were paid for the week on Friday.')).toEqual([['on Friday', '2024-03-08']]);
  });

  it('"next Tuesday week" is "Tuesday week"; said on a Wednesday, "next Wednesday week" is two weeks on', () => {
    expect(datesOf('The footbridge will shut next Tuesday week for repairs.')).toEqual([
      ['next Tuesday', '2024-03-26'],
    ]);
    expect(datesOf('Councillors meet next Wednesday week.')).toEqual([['next Wednesday', '2024-03-27']]);
    expect(datesOf('Councillors meet next Wednesday.')).toEqual([['next Wednesday', '2024-03-20']]);
  });

  it('"Saturday fortnight" and "a fortnight on Thursday" are two weeks after the coming one', () => {
    expect(datesOf('The derby was rearranged for Saturday fortnight.')).toEqual([['Saturday', '2024-03-30']]);
    expect(datesOf('The orchestra returns a fortnight on Thursday.')).toEqual([['on Thursday', '2024-03-28']]);
  });
});

describe('the named date rules', () => {
  it('every rule has a case here', () => {
    expect(Object.keys(DROPS)).toEqual(DROP_RULES.map((r) => r.name));
    expect(Object.keys(PLACES)).toEqual(PLACE_RULES.map((r) => r.name));
  });

  for (const [name, c] of Object.entries({ ...DROPS, ...PLACES })) {
    it(`${name}: ${c.text}`, () => {
      expect(datesOf(c.text, c.published === undefined ? WEDNESDAY : c.published)).toEqual(c.dates);
      const k = c.control;
      expect(datesOf(k.text, k.published === undefined ? WEDNESDAY : k.published)).toEqual(k.dates);
    });
  }
});
