import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const labelOf = (text: string) => buildDigest(article(text, '2026-03-17')).keyDate?.label;

describe('a festival whose day a "which" clause gives', () => {
  it('is labelled by its name, particle and all, when the clause only says when it falls', () => {
    expect(
      labelOf(
        'Families across Wales are preparing to celebrate Eid al-Fitr, which is expected to fall on Friday, depending on the moon.',
      ),
    ).toBe('Eid al-Fitr');
    expect(labelOf('Pilgrims are gathering for Eid al-Adha, which falls on Friday.')).toBe('Eid al-Adha');
  });
});
