import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Readings found by writing business and market news of the kind the date eval holds (own sentences).
// 2008-01-22 is a Tuesday.
const TUESDAY = '2008-01-22';
const datesOf = (text: string, published = TUESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"the previous day\'s", "the next day\'s": a possessive is that day', () => {
  it('counts from the day named before it', () => {
    expect(datesOf("The Nikkei fell 5.7 percent on Tuesday, extending the previous day's losses.")).toEqual([
      ['on Tuesday', '2008-01-22'],
      ['the previous day', '2008-01-21'],
    ]);
    expect(datesOf('The bank failed on 15 January, and the next day’s papers blamed the regulator.')).toEqual([
      ['on 15 January', '2008-01-15'],
      ['the next day', '2008-01-16'],
    ]);
  });
});

describe('"within 60 days of" an event counts from the event, not from publication', () => {
  it('names no day; "within 14 days" alone is still counted from publication', () => {
    expect(datesOf('A second round of talks must start within 60 days of the treaty coming into force.')).toEqual([]);
    expect(datesOf('The buyer must pay the balance within a week of the sale.')).toEqual([]);
    expect(datesOf('The regulator must answer within 14 days.')).toEqual([['within 14 days', '2008-02-05']]);
  });
});

describe('"in the week to Saturday" names the Saturday the week ends on', () => {
  it('is no day a week after publication, and a past verb puts the Saturday behind', () => {
    expect(datesOf('Supermarket sales in the week to Saturday rose 3 percent, the trade body said.')).toEqual([
      ['Saturday', '2008-01-19'],
    ]);
  });
});
