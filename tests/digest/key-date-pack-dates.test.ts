import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2026-12-02')).keyDate;

describe('key date: a use-by date on recalled packs is no countdown', () => {
  it('counts down to no day printed on the product', () => {
    expect(
      key(
        'Fresco is recalling its chicken korma. The recall covers 400g packs with use-by dates of 5 December and 7 December 2026.',
      ),
    ).toBeNull();
    expect(key('Jars with a best before date of 12 March 2027 should be returned to the store.')).toBeNull();
  });

  it('still counts down to the story’s own day beside it', () => {
    const k = key(
      'Packs with an expiry date of 9 December are affected. The company will publish its findings on 18 December.',
    );
    expect(k?.date).toBe('2026-12-18');
  });

  it('keeps a day that is not printed on a pack', () => {
    expect(key('The new use-by labels will appear in stores on 5 January.')?.date).toBe('2027-01-05');
  });
});
