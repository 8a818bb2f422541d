import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a day between a decision-like noun and its infinitive', () => {
  it('is when the decision was taken, whatever the future of the verb after it', () => {
    // 2007-04-20 is a Friday.
    expect(
      datesOf('Its offer on April 2 to buy the rival for $4 billion is likely to be raised.', '2007-04-20'),
    ).toEqual([['April 2', '2007-04-02']]);
    expect(datesOf("The board's decision on Wednesday to close the plant will cost 400 jobs.", '2007-04-20')).toEqual([
      ['on Wednesday', '2007-04-18'],
    ]);
    // A decision still to come keeps the day ahead.
    expect(datesOf('The board will announce its decision on Wednesday.', '2007-04-20')).toEqual([
      ['on Wednesday', '2007-04-25'],
    ]);
  });
});
