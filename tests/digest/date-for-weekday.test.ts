import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-07-24 is a Thursday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2025-07-24')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a weekday a present notice is "for"', () => {
  it('is the one ahead', () => {
    expect(datesOf('A yellow alert is in place for the district for Sunday, the weather office said.')).toEqual([
      ['Sunday', '2025-07-27'],
    ]);
    expect(datesOf('Thunderstorms are forecast for Monday across the north.')).toEqual([['Monday', '2025-07-28']]);
  });

  it('is the one behind when the notice was', () => {
    expect(datesOf('A yellow alert was in place for the district for Sunday.')).toEqual([['Sunday', '2025-07-20']]);
  });
});
