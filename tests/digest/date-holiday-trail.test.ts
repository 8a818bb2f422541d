import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const days = (text: string) => buildDigest(article(text, '2026-12-01')).dates.map((d) => [d.text, d.date]);

describe('dates: "an Easter trail" names no day', () => {
  it('reads the holiday in "An Easter trail … over Easter next year" once, where it names the day', () => {
    expect(days('An Easter trail for children will be held in Greenhead Park over Easter next year.')).toEqual([
      ['Easter next year', '2027-03-28'],
    ]);
    expect(days('The Christmas trail opens in the woods on 12 December.')).toEqual([['on 12 December', '2026-12-12']]);
  });
});
