import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label ending on a verb with a particle', () => {
  it('keeps the "in" or "over" that belongs to the verb', () => {
    expect(label('The new harbour master will be sworn in on 14 March.')).toBe(
      'The new harbour master will be sworn in',
    );
    expect(label('Higher parking fees for the old town kick in on 1 April.')).toBe(
      'Higher parking fees for the old town kick in',
    );
    expect(label('Her deputy at the orchestra will take over on 20 March.')).toBe(
      'Her deputy at the orchestra will take over',
    );
  });
});
