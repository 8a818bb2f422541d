import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (title: string, text: string, published: string) =>
  buildDigest(article(text, published, { title })).keyDate?.date;

describe('key date: a holiday the headline names', () => {
  it('counts down to the day the text calls by its weekday', () => {
    // 24 December 2024 and 5 November 2024 are Tuesdays.
    expect(
      key(
        'Shops to open late on Christmas Eve',
        'Most shops will stay open until 10pm on Tuesday, the chamber of trade said. The January sales will start on 27 December. Crowds are expected on 27 December.',
        '2024-12-20',
      ),
    ).toBe('2024-12-24');
    expect(
      key(
        'Bonfire Night fireworks to start early',
        'The council said the display planned for Tuesday would start at 7pm. Refunds for last year’s tickets must be claimed by Friday 8 November. Refund forms close on 8 November.',
        '2024-11-01',
      ),
    ).toBe('2024-11-05');
  });
});
