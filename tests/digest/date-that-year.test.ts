import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-08-14 is a Thursday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2025-08-14')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a yearless day followed by "that year"', () => {
  it('is in the year the story wrote last before it', () => {
    expect(
      datesOf(
        'The thefts came to light in March 2023, when an auditor noticed odd deposits. She resigned on April 2 that year.',
      ),
    ).toEqual([['April 2 that year', '2023-04-02']]);
    expect(datesOf('The club was founded in 1998. Its ground opened on Sept. 5 of the same year.')).toEqual([
      ['Sept. 5 of the same year', '1998-09-05'],
    ]);
  });

  it('leaves a day with no such words, or with no year written before it, as it was', () => {
    expect(datesOf('The club was founded in 1998. Its new ground opens on Sept. 5.')).toEqual([
      ['Sept. 5', '2025-09-05'],
    ]);
    expect(datesOf('She resigned on April 2 that year.')).toEqual([['April 2', '2025-04-02']]);
  });
});
