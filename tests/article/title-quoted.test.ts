import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';

describe('a headline line that ends on a quoted phrase', () => {
  it('is the title, so the digest is headed by it and not by a cut lead sentence', () => {
    for (const q of ['"more time to polish"', '“more time to polish”'])
      expect(
        parseArticle(
          `date 2025-05-06\n\nSaltwind delayed as studio asks for ${q}\n\nSaltwind will not ship this year.`,
          'x',
        ),
      ).toMatchObject({
        title: `Saltwind delayed as studio asks for ${q}`,
        text: 'Saltwind will not ship this year.',
      });
  });

  it('is not a quoted sentence, which ends on its own mark inside the quotation', () => {
    const t = 'date 2025-05-06\n\n“We will not ship a game we are not proud of.”\n\nSaltwind is delayed.';
    expect(parseArticle(t, 'x').title).toBeNull();
  });
});
