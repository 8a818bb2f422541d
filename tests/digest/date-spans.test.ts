import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

describe('a week or a stretch of days', () => {
  it('"last week", "next week", "the past week" and "the next three days" name no day', () => {
    expect(datesOf('The orchestra toured Spain last week.')).toEqual([]);
    expect(datesOf('The orchestra will tour Spain early next week.')).toEqual([]);
    expect(datesOf('Over the past week the orchestra has played nightly.')).toEqual([]);
    expect(datesOf('Gales are forecast for the next three days.')).toEqual([]);
    expect(datesOf('Police made 12 arrests in the past 24 hours.')).toEqual([]);
  });
  it('a weekday of last week and a counted week still name a day', () => {
    expect(datesOf('The orchestra played in Madrid on Friday last week.')).toEqual([
      ['on Friday last week', '2024-03-08'],
    ]);
    expect(datesOf('The orchestra returns a week from today.')).toEqual([['a week from today', '2024-03-20']]);
  });
});

describe('a length of time', () => {
  it('"for 12 hours" and, in a past clause, "in two hours" say how long, not when', () => {
    expect(datesOf('The mine was evacuated for 12 hours.')).toEqual([]);
    expect(datesOf('The pickets stood outside the plant for a third day.')).toEqual([]);
    expect(datesOf('The concert sold out in two hours.')).toEqual([]);
    expect(datesOf('The museum reopened for the first time in a month.')).toEqual([]);
  });
  it('a span ahead in a future clause is still a day', () => {
    expect(datesOf('The museum will reopen in two days.')).toEqual([['in two days', '2024-03-15']]);
  });
});

describe('a span in a bigger number', () => {
  it('"40,000 years ago" is no day (chrono read "000 years ago")', () => {
    expect(datesOf('Hunters crossed the land bridge some 40,000 years ago.')).toEqual([]);
  });
});
