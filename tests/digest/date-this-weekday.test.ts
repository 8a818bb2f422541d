import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-16 is a Thursday: the Wednesday of its week is 01-15, the next one 01-22.
const THURSDAY = '2025-01-16';
const dayOf = (text: string) =>
  buildDigest(article(text, THURSDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"this" and a weekday told in the past is the day of the week gone by', () => {
  it.each([
    ['The ferry company announced this Wednesday that it would cut two crossings.', 'this Wednesday', '2025-01-15'],
    ['Quarry workers voted this Tuesday to accept the pay offer.', 'this Tuesday', '2025-01-14'],
  ])('%s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });

  it.each([
    ['The council will vote this Wednesday on the new bus lanes.', 'this Wednesday', '2025-01-22'],
    ['A public meeting is planned for this Saturday in the town hall.', 'this Saturday', '2025-01-18'],
  ])('stays ahead when told in the future or present: %s', (text, expression, date) => {
    expect(dayOf(text)).toContainEqual([expression, date]);
  });
});
