import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const digestOf = (text: string, published = '2024-03-13') => buildDigest(article(text, published));
const datesOf = (text: string, published?: string) => digestOf(text, published).dates.map((d) => [d.text, d.date]);

describe('"the first Monday of April": a weekday counted within a month', () => {
  it('is that day, not the Monday nearest publication, and the countdown counts to it', () => {
    const text = 'The new ferry terminal opens on the first Monday of April, a year late.';
    expect(datesOf(text)).toEqual([['first Monday of April', '2024-04-01']]);
    const d = digestOf(text);
    expect(d.keyDate?.date).toBe('2024-04-01');
    expect(d.keyDate?.label).toBe('The new ferry terminal opens');
  });

  it('reads second, third, fourth and last, "in" as "of", and a written year', () => {
    expect(datesOf('The market runs on the last Saturday in June.')).toEqual([['last Saturday in June', '2024-06-29']]);
    expect(datesOf('Ballots close on the 2nd Tuesday of March 2025.')).toEqual([
      ['2nd Tuesday of March 2025', '2025-03-11'],
    ]);
  });

  it('moves to the year its tense points to, as a day written without a year does', () => {
    expect(datesOf('The race will be on the fourth Sunday of November.')).toEqual([
      ['fourth Sunday of November', '2024-11-24'],
    ]);
    expect(datesOf('The race was held on the fourth Sunday of November.')).toEqual([
      ['fourth Sunday of November', '2023-11-26'],
    ]);
  });

  it('takes the year that puts the day nearest publication', () => {
    // Published in December: the coming January's, not the one eleven months back.
    expect(datesOf('Sales start on the third Friday of January.', '2024-12-02')).toEqual([
      ['third Friday of January', '2025-01-17'],
    ]);
  });

  it('names no day when it comes round every month', () => {
    expect(datesOf('The allotment society meets on the first Monday of every month.')).toEqual([]);
  });
});
