import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2021-09-16 is a Thursday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2021-09-16')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"today is the eighth day of …": the ordinal day is the day named before the verb', () => {
  it('is that day', () => {
    expect(datesOf('At the port, today is the sixth day of the dockers’ walkout.')).toEqual([
      ['today', '2021-09-16'],
      ['sixth day', '2021-09-16'],
    ]);
    expect(datesOf('Tuesday was the 12th straight day of rain in the valley.')).toEqual([
      ['Tuesday', '2021-09-14'],
      ['12th straight day', '2021-09-14'],
    ]);
  });

  it('names no day with no day before it', () => {
    expect(datesOf('The walkout is now in its sixth day, and the ninth day of talks begins soon.')).toEqual([]);
  });
});
