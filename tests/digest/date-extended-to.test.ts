import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Monday before is 01-13 (nearer), the one after 01-20.
const WEDNESDAY = '2025-01-15';
const datesOf = (text: string) =>
  buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a deadline "extended to Monday" is moved to the Monday ahead', () => {
  it.each([
    'The deadline for grant bids was extended to Monday after the portal crashed.',
    'The consultation has been extended until Monday.',
  ])('%s', (text) => {
    expect(datesOf(text)).toEqual([['Monday', '2025-01-20']]);
  });

  it('leaves a lead that extended on Monday behind', () => {
    expect(datesOf('The champion’s lead extended to six points on Monday.')).toEqual([['on Monday', '2025-01-13']]);
  });
});
