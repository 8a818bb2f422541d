import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string) => buildDigest(article(text, '2024-06-10')).dates.map((d) => [d.text, d.date]);

describe('"the Day" in a title', () => {
  it('is no day: "the Match of the Day pundit"', () => {
    const text =
      'The tournament opens in Munich on Friday. "Let\'s get out of the group first," the Match of the Day pundit said.';
    expect(datesOf(text)).toEqual([['on Friday', '2024-06-14']]);
  });

  it('still reads "the rest of the day" as the day named before', () => {
    expect(datesOf('The market rallied on Friday. Shares rose for the rest of the day.')).toEqual([
      ['on Friday', '2024-06-07'],
      ['the day', '2024-06-07'],
    ]);
  });
});
