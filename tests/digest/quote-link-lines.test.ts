import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const quotesOf = (text: string) => buildDigest(article(text, '2031-04-02')).quotes.map((q) => [q.text, q.speaker]);

describe('a line linking to another article', () => {
  it('gives no quotation: its quoted words are that article’s headline', () => {
    const text = [
      '“The pumps failed at midnight,” said engineer Tomas Varga.',
      'Related: ‘We waited six hours’ – the families still without power',
      'READ MORE: “A disgrace”: councillors turn on the water board',
      'See also | ‘Not again’, say shopkeepers on the high street',
    ].join('\n\n');
    expect(quotesOf(text)).toEqual([['The pumps failed at midnight', 'Tomas Varga']]);
  });

  it('is only one the label opens: a label word inside a sentence changes nothing', () => {
    const text = 'The mayor read the letter aloud. “We will rebuild,” she said, and more: “We start today.”';
    expect(quotesOf(text).map(([t]) => t)).toEqual(['We will rebuild', 'We start today.']);
  });
});
