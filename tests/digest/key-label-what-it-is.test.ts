import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { withoutAsides } from '../../src/digest/key-label-asides.js';
import { article } from '../helpers.js';

const labelOf = (text: string) => buildDigest(article(text, '2025-05-06')).keyDate?.label;

describe('a name with what it is set beside it as the subject', () => {
  it('labels the day with the name and its verb, not with the aside', () => {
    expect(
      labelOf(
        'Saltwind, the sailing game from Harbour Studios, will no longer launch this autumn and has been pushed back to 26 March 2026, the developer said.',
      ),
    ).toBe('Saltwind has been pushed back');
  });

  it('keeps a list of names that a description follows', () => {
    expect(withoutAsides('Leeds, the host city, and York will stage')).toBe(
      'Leeds, the host city, and York will stage',
    );
  });
});
