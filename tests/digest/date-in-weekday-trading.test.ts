import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-16 is a Thursday: the Monday before is 01-13, the Tuesday 01-14.
const THURSDAY = '2025-01-16';
const datesOf = (text: string) =>
  buildDigest(article(text, THURSDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"in Tuesday trading" is a market session on that day', () => {
  it.each([
    ['Shares in the miner fell 3% in Tuesday trading.', 'Tuesday', '2025-01-14'],
    ['The pound slipped during early Monday trading in Asia.', 'Monday', '2025-01-13'],
  ])('%s', (text, expression, date) => {
    expect(datesOf(text)).toEqual([[expression, date]]);
  });

  it.each([
    'Campaigners want Sunday trading laws relaxed.',
    'Garden centres do most of their business in Sunday trading.',
    'Stocks tend to rise in Tuesday trading hours.',
    'The museum cut its Sunday hours.',
  ])('names no day in a weekday used as an adjective: %s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
