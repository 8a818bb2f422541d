import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { MAX_QUOTATIONS } from '../../src/digest/quotes.js';
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

describe('a quotation with no attribution after reported speech', () => {
  it('is the person the sentence before reports, in the same paragraph', () => {
    const text =
      'The ward reopened in June. Dr Lena Marsh, who runs it, said admissions had doubled. “We have never been this busy in all our years here.”';
    expect(quotesOf(text)).toEqual([['We have never been this busy in all our years here.', 'Lena Marsh']]);
  });

  it('is the person reported at the close of the paragraph before, too', () => {
    expect(
      quotesOf('Dr Lena Marsh said admissions had doubled.\n\n“We have never been this busy in all our years here.”'),
    ).toEqual([['We have never been this busy in all our years here.', 'Lena Marsh']]);
  });

  it('is no one’s after a sentence that reports no one', () => {
    expect(quotesOf('Admissions doubled in June. “We have never been this busy in all our years here.”')).toEqual([
      ['We have never been this busy in all our years here.', null],
    ]);
  });
});

describe('a text of thousands of quotations', () => {
  it('is read for its first 1,000, in order, each still credited', () => {
    const lines = Array.from(
      { length: 1500 },
      (_, n) => `“We count ${n + 1} votes so far tonight,” said teller Ivo Brandt.`,
    );
    const quotes = quotesOf(lines.join('\n\n'));
    expect(MAX_QUOTATIONS).toBe(1000);
    expect(quotes).toHaveLength(1000);
    expect(quotes[999]).toEqual(['We count 1000 votes so far tonight', 'Ivo Brandt']);
  });
});
