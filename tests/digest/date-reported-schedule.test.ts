import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-07-22 is a Tuesday: Thursday the 24th is nearer than Thursday the 17th.
const datesOf = (text: string) => buildDigest(article(text, '2025-07-22')).dates.map((d) => [d.text, d.date]);

describe('a schedule reported with no "that"', () => {
  it('leaves its weekday nearest, not behind for the reporting verb', () => {
    expect(datesOf('The weather bureau said rain was expected to ease by Thursday.')).toEqual([
      ['Thursday', '2025-07-24'],
    ]);
    expect(datesOf('Forecasters said the flooding was likely to peak on Thursday.')).toEqual([
      ['on Thursday', '2025-07-24'],
    ]);
  });

  it('leaves a day told in the past behind', () => {
    expect(datesOf('The weather bureau said rain eased on Thursday.')).toEqual([['on Thursday', '2025-07-17']]);
  });
});
