import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const dates = (text: string) => buildDigest(article(text, '2025-10-08')).dates.map((d) => [d.date, d.role]);

describe('a court hearing that "has been listed for" a day', () => {
  it('is a day ahead and an event, as "is listed for" is', () => {
    expect(dates('The builder’s appeal has been listed for 12th May at the Court of Appeal.')).toEqual([
      ['2026-05-12', 'event'],
    ]);
    expect(dates('A three-day hearing has been listed for 20th January.')).toEqual([['2026-01-20', 'event']]);
  });
});
