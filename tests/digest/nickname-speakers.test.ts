import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const quotesOf = (text: string) =>
  buildDigest(article(text, '2025-03-04')).quotes.map((q) => [q.speaker, q.text.replace(/[.,]$/, '')]);

describe('a nickname in quotation marks inside a name', () => {
  it('is the person named in full, by surname or by nickname, and no quotation of its own', () => {
    const text =
      "Darts legend Phil 'The Power' Taylor was back at the oche on Monday. " +
      '"I still get nervous before the first throw," Taylor said. ' +
      'His old rival, Raymond “Barney” van Barneveld, watched from the crowd. ' +
      '"Nobody throws like him," Barney said.';
    expect(quotesOf(text)).toEqual([
      ['Phil Taylor', 'I still get nervous before the first throw'],
      ['Raymond van Barneveld', 'Nobody throws like him'],
    ]);
  });

  it('leaves a quoted word between two capitalised words in a sentence alone when no one is named by it', () => {
    const text = 'Residents called the plan "reckless" on Monday. "It will flood the valley," said Ana Ruiz.';
    expect(quotesOf(text)).toEqual([['Ana Ruiz', 'It will flood the valley']]);
  });
});
