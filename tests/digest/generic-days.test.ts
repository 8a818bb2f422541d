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

describe('a weekday in a name', () => {
  it('"Tuesday Morning Corp.", "Saturday Night Live", "the Mail on Sunday" and "The Tonight Show" name no day', () => {
    expect(datesOf('Shares of Tuesday Morning Corp. fell 3 percent.')).toEqual([]);
    expect(datesOf('A former cast member of "Saturday Night Live" will host.')).toEqual([]);
    expect(datesOf('The minister told the Mail on Sunday she would resign.')).toEqual([]);
    expect(datesOf('The singer appeared on "The Tonight Show" twice.')).toEqual([]);
  });
  it('"Tuesday morning", "on Sunday" and "tonight" still name days', () => {
    expect(datesOf('Shares fell on Tuesday morning.')).toEqual([['on Tuesday morning', '2024-03-12']]);
    expect(datesOf('The minister spoke to the paper on Sunday.')).toEqual([['on Sunday', '2024-03-10']]);
    expect(datesOf('The singer appears on the show tonight.')).toEqual([['tonight', WEDNESDAY]]);
  });
});

describe('the working week', () => {
  it('"Monday through Friday" and "Monday to Saturday" are every week, hours and all', () => {
    expect(datesOf('The clinic sees patients from 9 a.m. to 5 p.m. Monday through Friday.')).toEqual([]);
    expect(datesOf('Buses will run every 10 minutes, Monday to Saturday, until the bridge reopens.')).toEqual([]);
  });
  it('days of one week stay', () => {
    expect(datesOf('The clinic will close Monday to Friday next week.')).toEqual([
      ['Monday', '2024-03-18'],
      ['Friday next week', '2024-03-22'],
    ]);
  });
});

describe('a day of the year that comes round', () => {
  it('"every July 14" and "each Jan. 1" name no one day', () => {
    expect(datesOf('Veterans have laid a wreath here every July 14 since 1950.')).toEqual([]);
    expect(datesOf('Each Jan. 1 the toll goes up by 10 cents.')).toEqual([]);
  });
});
