import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/digest/quotes.js';

const who = (t: string) => extractQuotes(t).map((q) => q.speaker);

describe('a surname alone that several people in the article share', () => {
  it('is the person the article is about, not the one of that name mentioned last', () => {
    const t =
      'Governor Dana Holm won a second term on Tuesday, carrying every county but two.\n\n' +
      'Her husband, Peter Holm, a retired airline pilot, stood beside her on the stage in Duluth.\n\n' +
      '“We did it the hard way, one town hall at a time,” Holm told supporters.';
    expect(who(t)).toEqual(['Dana Holm']);
  });

  it('is the one named in the quotation’s own paragraph', () => {
    const t =
      'Governor Dana Holm won a second term on Tuesday.\n\n' +
      'Her husband, Peter Holm, flew the campaign plane himself. “I logged four hundred hours,” Holm said.';
    expect(who(t)).toEqual(['Peter Holm']);
  });
});
