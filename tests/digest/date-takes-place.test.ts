import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Monday before is 01-13 (nearer), the one after 01-20.
const WEDNESDAY = '2025-01-15';
const datesOf = (text: string) =>
  buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"takes place Monday" is an event’s schedule, the Monday ahead', () => {
  it.each([
    ['Voting in the ward by-election takes place Monday.', 'Monday', '2025-01-20'],
    ['The cup final takes place on Sunday at the national stadium.', 'on Sunday', '2025-01-19'],
  ])('%s', (text, expression, date) => {
    expect(datesOf(text)).toEqual([[expression, date]]);
  });

  it('leaves the day behind when told in the past', () => {
    expect(datesOf('Voting in the ward by-election took place Monday.')).toEqual([['Monday', '2025-01-13']]);
  });
});
