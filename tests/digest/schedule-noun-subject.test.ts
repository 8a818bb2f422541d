import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Sunday before is 01-12, the one after 01-19.
const WEDNESDAY = '2025-01-15';
const datesOf = (text: string) =>
  buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a schedule word used as a noun before a past verb', () => {
  it.each([
    ['Early starts began on Sunday, with the first trains leaving at 5am.', 'on Sunday'],
    ['Late opens resumed on Sunday at the leisure centre.', 'on Sunday'],
  ])('leaves the day behind: %s', (text, expression) => {
    expect(datesOf(text)).toContainEqual([expression, '2025-01-12']);
    expect(buildDigest(article(text, WEDNESDAY)).keyDate).toBeNull();
  });

  it('keeps a schedule told in the present ahead', () => {
    expect(datesOf('The winter timetable starts on Sunday with earlier trains.')).toEqual([
      ['on Sunday', '2025-01-19'],
    ]);
  });
});
