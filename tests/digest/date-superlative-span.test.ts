import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-16 is a Thursday: two days on is 01-18, two weeks on 01-30.
const THURSDAY = '2025-01-16';
const datesOf = (text: string) =>
  buildDigest(article(text, THURSDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a span after a superlative says how far back the record reaches, not when', () => {
  it.each(['Copper is trading at its highest price in two days.', 'The index is at its weakest level in two weeks.'])(
    '%s',
    (text) => {
      expect(datesOf(text)).toEqual([]);
    },
  );

  it.each([
    ['The highest tide in two days will come tonight, the harbour master said.', 'in two days', '2025-01-18'],
    ['Its biggest test comes in two weeks.', 'in two weeks', '2025-01-30'],
    ['The ban will end in two days.', 'in two days', '2025-01-18'],
  ])('keeps a span told ahead: %s', (text, expression, date) => {
    expect(datesOf(text)).toContainEqual([expression, date]);
  });
});
