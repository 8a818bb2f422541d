import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2026-03-11 is a Wednesday.
const label = (text: string) => buildDigest(article(text, '2026-03-11')).keyDate?.label;

describe('key label: an "it" inside the sentence the day is in', () => {
  it('is the thing the sentence reported on before it', () => {
    expect(
      label(
        'Finance chief Ruth Adler said the group expected sales to rise and would update its targets when it reports on May 20.',
      ),
    ).toBe('The group reports');
  });

  it('stays when nothing was reported on before it', () => {
    expect(label('Shares rose after the results, and it reports again on May 20.')).not.toMatch(/^The /);
  });
});
