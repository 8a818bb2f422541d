import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const label = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.label;

describe('key date label too long: a participle clause on the subject goes first', () => {
  it('keeps who it is and what happens to them, not what they are accused of', () => {
    expect(
      label(
        'A former postman accused of stealing more than 3,000 parcels from the sorting office in Leeds will stand trial on 20 March.',
      ),
    ).toBe('A former postman will stand trial');
    expect(
      label(
        'Two men charged with smuggling cigarettes through the port of Dover in lorries of frozen fish will be sentenced on 20 March.',
      ),
    ).toBe('Two men will be sentenced');
  });

  it('keeps a short label whole', () => {
    expect(label('A driver accused of speeding will stand trial on 20 March.')).toBe(
      'A driver accused of speeding will stand trial',
    );
  });
});
