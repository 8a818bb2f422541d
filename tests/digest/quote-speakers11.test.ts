import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a relative called by first name beside a family member named in full', () => {
  it('shares the surname: "his brother Declan" is Declan Kelly', () => {
    const t =
      'Tom Kelly, 58, and his brother Declan, 52, run the pub together.\n\n' +
      'Declan, who keeps the books, said the loan had been restructured twice. “The rate keeps going up,” Declan said.\n\n' +
      '“I have started packing up the photographs,” Tom said.';
    expect(who(t)).toEqual(['Declan Kelly', 'Tom Kelly']);
  });

  it('shares the surname of two first names joined by "and"', () => {
    const t =
      'Emma and Grace Holt, 29, swam the Channel side by side on Friday.\n\n' +
      'Emma, a teacher, said the tide had turned. “We were swimming on the spot,” Emma said.\n\n' +
      '“She shouted at me the whole way,” Grace said.';
    expect(who(t)).toEqual(['Emma Holt', 'Grace Holt']);
  });
});
