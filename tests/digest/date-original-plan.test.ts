import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2026-04-02 is a Thursday: March 23 is ten days behind, a year ahead is 355 days.
const datesOf = (text: string) => buildDigest(article(text, '2026-04-02')).dates.map((d) => [d.text, d.date]);

describe('a plan told as the original one', () => {
  it('leaves its yearless day nearest, not a year ahead for "scheduled"', () => {
    expect(datesOf('The repaving, originally scheduled to begin March 23, was delayed by rain.')).toEqual([
      ['March 23', '2026-03-23'],
    ]);
    expect(datesOf('The vote, initially set for March 25, was put off after the storm.')).toEqual([
      ['March 25', '2026-03-25'],
    ]);
  });

  it('still reads a plan with no such word as ahead', () => {
    expect(datesOf('The repaving, scheduled to begin March 23, will close the bridge.')).toEqual([
      ['March 23', '2027-03-23'],
    ]);
  });
});
