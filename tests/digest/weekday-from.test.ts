import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday; Easter 2024 is Sunday 31 March.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string) => buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text, d.date]);

describe('"the Friday after <day>" counts from that day', () => {
  it.each([
    ['Garden centres expect their busiest trade on the Saturday after Easter.', 'Saturday', '2024-04-06'],
    ['Postal votes are accepted until the Friday before the April 9 ballot.', 'Friday', '2024-04-05'],
    ['The lido reopens on the Monday after March 30, the council said.', 'Monday', '2024-04-01'],
    ['The fair always opens on the Thursday after Easter Sunday.', 'Thursday', '2024-04-04'],
  ])('%s', (text, expression, date) => {
    expect(datesOf(text)).toContainEqual([expression, date]);
  });

  it('leaves a weekday with no "the" before it to its tense', () => {
    expect(datesOf('Shares fell Friday after the March 7 report.')).toContainEqual(['Friday', '2024-03-08']);
  });
});
