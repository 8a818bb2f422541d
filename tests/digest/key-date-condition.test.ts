import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (title: string | null, text: string) => buildDigest(article(text, '2024-03-12', { title })).keyDate?.date;

describe('key date: the headline and a condition', () => {
  it('does not tie a day to the headline by the words of its condition', () => {
    expect(
      key(
        'Gales wreck regatta heats',
        'The club dinner will be held on Thursday. The final could start on Saturday if gales wreck the regatta heats again.',
      ),
    ).toBe('2024-03-14');
    expect(
      key(
        'Council passes stopgap budget',
        'Bin collections will resume on Friday. Automatic cuts take effect on Saturday unless the council passes a stopgap budget.',
      ),
    ).toBe('2024-03-15');
  });

  it('still counts down to a conditional day the headline is about', () => {
    const text = 'The library closes on Thursday for repairs. The ferry strike could begin on Saturday if talks fail.';
    expect(key('Ferry strike looms', text)).toBe('2024-03-16');
  });
});
