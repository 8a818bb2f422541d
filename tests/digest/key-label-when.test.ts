import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: the "when" clause after a day told in the past', () => {
  it('labels with what happens on the day, not the past deed that led up to it', () => {
    expect(label('The landlords said they had rushed the repairs before 10 March, when the new code applies.')).toBe(
      'The new code applies',
    );
  });

  it('keeps the clause before the day when it tells what happens', () => {
    expect(label('Tenants may not sublet until 10 March, when the new code applies.')).toBe('Tenants may not sublet');
  });
});
