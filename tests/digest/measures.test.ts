import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string) => buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text, d.date]);

describe('a level after a weekday', () => {
  it('"crest Saturday at 24 feet" keeps Saturday: "at 24" is a level, not a clock time', () => {
    expect(datesOf('The river will crest Saturday at 24 feet.')).toEqual([['Saturday', '2024-03-16']]);
    expect(datesOf('The shares closed Friday at 24 cents.')).toEqual([['Friday', '2024-03-08']]);
  });

  it('a clock time after the weekday is still read with it', () => {
    expect(datesOf('The polls close Saturday at 10 p.m.')[0]?.[1]).toBe('2024-03-16');
  });
});

describe('an amount of money before a weekday', () => {
  it('"closed at $14.25 on Monday" is no 14:25: the date is the weekday alone', () => {
    expect(datesOf('Northgate shares closed at $14.25 on Monday, up from $13 a week earlier.')).toEqual([
      ['on Monday', '2024-03-11'],
      ['a week earlier', '2024-03-04'],
    ]);
    expect(datesOf('The trust paid out £2.15 on Friday.')).toEqual([['on Friday', '2024-03-08']]);
  });
});
