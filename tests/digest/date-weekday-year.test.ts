import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

// A weekday written with a yearless day tells its year: the reader checks it against the calendar.
describe('a weekday written with a day and month', () => {
  it('puts a festival "from Friday, August 29" in the year 29 August is a Friday', () => {
    // 2025-02-19: 29 August 2024 was a Thursday, 29 August 2025 is a Friday.
    expect(
      datesOf('The fair takes place at Ardmore from Friday, August 29 to Sunday, August 31.', '2025-02-19'),
    ).toEqual([
      ['Friday, August 29', '2025-08-29'],
      ['Sunday, August 31', '2025-08-31'],
    ]);
  });

  it('puts "Friday 11 December" in next year when this year\'s 11 December is a Thursday', () => {
    expect(datesOf('The new term will end on Friday 11 December.', '2025-09-10')).toEqual([
      ['on Friday 11 December', '2026-12-11'],
    ]);
  });

  it('leaves a day whose weekday fits, and one whose weekday fits no year near it', () => {
    expect(datesOf('The show was held on Thursday, January 30.', '2025-02-19')).toEqual([
      ['on Thursday, January 30', '2025-01-30'],
    ]);
    // 30 January is a Thursday in 2025, a Tuesday in 2024 and a Friday in 2026: a slip, left alone.
    expect(datesOf('The show was held on Monday, January 30.', '2025-02-19')).toEqual([
      ['on Monday, January 30', '2025-01-30'],
    ]);
  });

  it('does not take a day across the publication day against its clause', () => {
    // 4 March was a Tuesday in 2025: what "is" on it is still to come, so next March's.
    expect(datesOf('The ballot is on Tuesday, March 4.', '2025-10-01')).toEqual([
      ['on Tuesday, March 4', '2026-03-04'],
    ]);
    // Told in the past, last August's, though 29 August 2024 was a Thursday.
    expect(datesOf('The fair was held on Friday, August 29.', '2025-02-19')).toEqual([
      ['on Friday, August 29', '2024-08-29'],
    ]);
  });
});

describe('"earlier than" beside a day', () => {
  it('is a comparison, no past tense that keeps the weekday from telling the year', () => {
    // 11 December is a Thursday in 2025 and a Friday in 2026.
    expect(
      datesOf(
        'The autumn term will start on 21 September 2026, a week earlier than this year, and end on Friday 11 December.',
        '2025-09-10',
      ),
    ).toEqual([
      ['on 21 September 2026', '2026-09-21'],
      ['on Friday 11 December', '2026-12-11'],
    ]);
  });
});
