import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const keyOf = (title: string, text: string) => {
  const k = buildDigest(article(text, '2025-03-15', { title })).keyDate;
  return k && [k.date, k.label];
};

describe('key date: a span of days the headline names', () => {
  it('counts down to the first day of "between 3 and 7 June", labelled without the dangling span', () => {
    expect(
      keyOf(
        'Folk weekend returns to the meadows between 3 and 7 June',
        'The folk weekend returns to Hale Meadows between 3 and 7 June. Early tickets are on sale until 31 March. The first acts will be named on Tuesday.',
      ),
    ).toEqual(['2025-06-03', 'The folk weekend returns to Hale Meadows']);
    expect(
      keyOf(
        'Book fair runs 10-12 April',
        'The book fair runs 10-12 April at the corn exchange. Stallholders must book by 20 March.',
      ),
    ).toEqual(['2025-04-10', 'The book fair runs']);
  });
});
