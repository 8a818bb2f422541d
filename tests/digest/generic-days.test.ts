import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

describe('a weekday in general', () => {
  it('"on a Monday", "any given Sunday", "one Friday" name no day', () => {
    expect(datesOf('Fishermen here rarely sail on a Monday.')).toEqual([]);
    expect(datesOf('"It was a Thursday like any other," the guard said.')).toEqual([]);
    expect(datesOf('On any given Sunday the derby can go either way.')).toEqual([]);
    expect(datesOf('Any given Saturday, a minnow can beat the champions.')).toEqual([]);
    expect(datesOf('One Friday in June the mill simply shut.')).toEqual([]);
  });
  it('"a Monday deadline" and "on Monday" still name the day', () => {
    expect(datesOf('The union rejected a Monday deadline.')).toEqual([['Monday', '2024-03-11']]);
    expect(datesOf('Fishermen sailed on Monday.')).toEqual([['on Monday', '2024-03-11']]);
  });
});
