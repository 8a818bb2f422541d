import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-04-24 is a Thursday: Monday the 21st is nearer than Monday the 28th.
const datesOf = (text: string) => buildDigest(article(text, '2025-04-24')).dates.map((d) => [d.text, d.date]);

describe('an obligation that runs until a weekday', () => {
  it('runs to the weekday ahead, though a past clause stands beside it', () => {
    expect(
      datesOf('The utility said the grid was strained and the public should use power sparingly until Monday evening.'),
    ).toEqual([['Monday evening', '2025-04-28']]);
    expect(datesOf('The council said the pool was damaged and swimmers must stay away until Monday.')).toEqual([
      ['Monday', '2025-04-28'],
    ]);
  });

  it('is behind when it looks back', () => {
    expect(datesOf('The inquiry found residents should have stayed indoors until Monday.')).toEqual([
      ['Monday', '2025-04-21'],
    ]);
  });
});
