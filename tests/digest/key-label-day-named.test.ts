import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: an event the text names by its day', () => {
  it('labels "the March 28 deadline" as the text names it when the clause before says nothing alone', () => {
    expect(
      label(
        'Thousands of farmers have yet to apply for the grant, officials said, with only weeks left before the March 28 deadline.',
      ),
    ).toBe('The March 28 deadline');
  });

  it('keeps a clause that reads on its own', () => {
    expect(label('The board will vote on the dividend at its March 28 meeting.')).toBe(
      'The board will vote on the dividend at its meeting',
    );
  });
});
