import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-10-16 is a Thursday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2025-10-16')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a rough count before an event, "about a month before its term expired"', () => {
  it('counts from that event, so it is no day of the story', () => {
    expect(
      datesOf('The assembly was dissolved on Oct 6, about a month before its term would have expired on Nov 11.'),
    ).toEqual([
      ['Oct 6', '2025-10-06'],
      ['Nov 11', '2025-11-11'],
    ]);
    expect(datesOf('The ferry sank nearly two weeks after the storm hit the coast.')).toEqual([]);
  });

  it('leaves "about a month ago" as a day before publication', () => {
    expect(datesOf('The plant closed about a month ago.')).not.toEqual([]);
  });
});
