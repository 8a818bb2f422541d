import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 1991-10-22 is a Tuesday.
const key = (text: string, title: string) => {
  const d = buildDigest({ ...article(text, '1991-10-22'), title });
  return d.keyDate && [d.keyDate.date, d.keyDate.label];
};

describe('the end of an accounting period', () => {
  it('is no key date: the countdown goes to what happens', () => {
    expect(
      key(
        'Harbor Air said it lost $48 million in the third quarter. For fiscal 1991, which ends Dec. 31, the airline expects a loss of about $150 million. Its pilots said they would strike Nov. 15 unless a contract is signed.',
        'Harbor Air posts loss',
      ),
    ).toEqual(['1991-11-15', 'Its pilots would strike']);
    // Alone, it gives no countdown; it is still among the dates.
    const d = buildDigest(article("The company's financial year ends on Dec. 31.", '1991-10-22'));
    expect(d.keyDate).toBeNull();
    expect(d.dates.map((m) => m.date)).toEqual(['1991-12-31']);
  });

  it('a period that is no accounting one still counts down', () => {
    expect(key('The consultation on the new runway ends on Dec. 1.', 'Runway consultation')).toEqual([
      '1991-12-01',
      'The consultation on the new runway ends',
    ]);
  });
});
