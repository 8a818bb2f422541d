import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const keyOf = (text: string) => {
  const k = buildDigest(article(text, '2025-03-15')).keyDate;
  return k && [k.date, k.label];
};

describe('key date: "due on one day will take place on another"', () => {
  it('counts down to the day the collection is made, not the bank holiday it was due on', () => {
    expect(
      keyOf(
        'Bin collections due on Monday 5 May will take place on Tuesday 6 May. The recycling centre will open as usual.',
      ),
    ).toEqual(['2025-05-06', 'Bin collections due on Monday 5 May will take place']);
    expect(
      keyOf(
        'Payments normally due on Friday 18 April will be made on Thursday 17 April instead. Offices close at noon.',
      ),
    ).toEqual(['2025-04-17', 'Payments normally due on Friday 18 April will be made']);
  });

  it('a day that is due and stays keeps its countdown', () => {
    expect(keyOf('The first instalment is due on 1 April. Bills will be posted on 20 March.')?.[0]).toBe('2025-04-01');
  });
});
