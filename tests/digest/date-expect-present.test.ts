import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-04-14 is a Monday.
const datesOf = (text: string) => buildDigest(article(text, '2025-04-14')).dates.map((d) => [d.text, d.date]);

describe('a weekday someone expects now', () => {
  it('is ahead, though the quotation is reported in the past', () => {
    expect(
      datesOf('“We expect the worst queues on Wednesday afternoon,” the port chief said in an interview.'),
    ).toEqual([['on Wednesday afternoon', '2025-04-16']]);
    expect(datesOf('The operator said it anticipates long delays on Thursday.')).toEqual([
      ['on Thursday', '2025-04-17'],
    ]);
  });

  it('is behind when the expecting is told in the past or denied', () => {
    expect(datesOf('She did not expect the crowds she met on Saturday.')).toEqual([['on Saturday', '2025-04-12']]);
    expect(datesOf('Traders had expected a cut on Thursday.')).toEqual([['on Thursday', '2025-04-10']]);
  });
});
