import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday.
const label = (text: string) => buildDigest(article(text, '2025-01-15')).keyDate?.label;

describe('key label: a day "fixed" or "set" for something', () => {
  it('is labelled with what the day was fixed for', () => {
    expect(
      label('The electoral commission has fixed Saturday, June 14, 2025, for the Delta State governorship election.'),
    ).toBe('The Delta State governorship election');
    expect(label('The league has set March 29 for the cup final, officials said.')).toBe('The cup final');
  });

  it('leaves a plan to fix a day as it was', () => {
    expect(label('The league will set March 29 for the cup final.')).not.toBe('The cup final');
  });
});
