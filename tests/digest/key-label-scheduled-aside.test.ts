import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label: what is expected, without an aside on its subject', () => {
  it('leaves the aside out of the subject of "is expected to"', () => {
    expect(label('The comet, which was first seen in January, is expected to pass closest to Earth on 20 March.')).toBe(
      'Comet expected to pass closest to Earth',
    );
    expect(label('The new stadium, which cost 200 million pounds, is due to open on 20 March.')).toBe(
      'New stadium due to open',
    );
  });
});
