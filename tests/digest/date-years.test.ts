import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a year the sentence opens with', () => {
  it('"Last year" or "In 2016" gives its year to a day written without one', () => {
    expect(datesOf('Last year, the harvest festival opened on June 20.', '2018-06-04')).toEqual([
      ['June 20', '2017-06-20'],
    ]);
    expect(datesOf('In 2016 the ferry made its final crossing on Oct. 9.', '2018-06-04')).toEqual([
      ['Oct. 9', '2016-10-09'],
    ]);
    // Without one, the nearest year stands.
    expect(datesOf('The harvest festival opens on June 20.', '2018-06-04')).toEqual([['June 20', '2018-06-20']]);
  });
});

describe('a year written after the day', () => {
  it('"May 18 of last year" and "Jan. 1 of next year" are days of that year', () => {
    // 1998-04-23: May 18 of this year is 25 days ahead, too near for a past verb to move it.
    expect(datesOf('The lawsuit was filed May 18 of last year, prosecutors said.', '1998-04-23')).toEqual([
      ['May 18', '1997-05-18'],
    ]);
    expect(datesOf('The plant shut on 18 May of last year.', '1998-04-23')).toEqual([['on 18 May', '1997-05-18']]);
    expect(datesOf('The new tariff takes effect Jan. 1 of next year.', '1998-04-23')).toEqual([
      ['Jan. 1', '1999-01-01'],
    ]);
    // A year after something else is not the day's.
    expect(datesOf('The lawsuit was filed on May 18, the first of last year.', '1998-04-23')).toEqual([
      ['May 18', '1998-05-18'],
    ]);
  });
});
