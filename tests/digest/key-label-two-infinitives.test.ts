import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const labelOf = (text: string) => buildDigest(article(text, '2025-09-15')).keyDate?.label;

describe('one verb of intent with two infinitives', () => {
  it('labels the day with the infinitive it belongs to', () => {
    expect(
      labelOf(
        'The drugmaker plans to seek approval by the end of the year and to present the full results at a congress in Lisbon on Oct. 21.',
      ),
    ).toBe('The drugmaker plans to present the full results at a congress in Lisbon');
  });

  it('leaves a single infinitive as it was', () => {
    expect(labelOf('The drugmaker plans to present the full results at a congress on Oct. 21.')).toBe(
      'The drugmaker plans to present the full results at a congress',
    );
  });
});
