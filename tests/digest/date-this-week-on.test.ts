import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-17 is a Friday: the Tuesday of its week is 01-14.
const FRIDAY = '2025-01-17';
const datesOf = (text: string) =>
  buildDigest(article(text, FRIDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"this week, on Tuesday" names the Tuesday, not the week', () => {
  it.each([
    ['Shares in the pump maker fell sharply this week, on Tuesday, after a profit warning.', '2025-01-14'],
    ['The museum reopened this week on Tuesday after a long repair.', '2025-01-14'],
  ])('%s', (text, date) => {
    expect(datesOf(text)).toContainEqual(['Tuesday', date]);
  });

  it('places the day by its tense as a bare weekday', () => {
    const onTuesday = (text: string) =>
      buildDigest(article(text, '2025-01-14')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
    expect(onTuesday('The board will meet this week, on Thursday, to pick a chair.')).toEqual([
      ['Thursday', '2025-01-16'],
    ]);
  });

  it.each([
    'The museum reopened this week after a long repair.',
    'Prices rose this week, on the whole, less than feared.',
  ])('gives no day to a week alone: %s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
