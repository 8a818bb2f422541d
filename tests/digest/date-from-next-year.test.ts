import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string) => buildDigest(article(text, '2025-09-10')).dates.map((d) => [d.text, d.date]);

describe('a yearless day in a clause that starts "from next year"', () => {
  it('is next year’s', () => {
    expect(datesOf('Pupils will sit their mocks before Christmas for the first time from next year.')).toEqual([
      ['Christmas', '2026-12-25'],
    ]);
  });

  it('is this year’s when "next year" is in another clause or names a budget', () => {
    expect(datesOf('The ferry will run until 30 November, and from next year on winter weekends too.')).toEqual([
      ['30 November', '2025-11-30'],
    ]);
    expect(datesOf('The council will vote on 14 October on cuts in next year’s budget.')).toEqual([
      ['on 14 October', '2025-10-14'],
    ]);
  });
});
