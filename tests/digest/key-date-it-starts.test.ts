import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: "It starts on …" is the start of what the story is about', () => {
  it('counts down to the start over a later day the disruption is expected to reach', () => {
    expect(
      key(
        'Refuse collectors in Dunmore have voted for action over pay. It starts on Monday 10 March and lasts a week. Managers said delays were expected to run into Monday 17 March.',
      ),
    ).toBe('2025-03-10');
  });

  it('leaves a start told of something else a mention', () => {
    expect(
      key(
        'Thousands are expected at the fair on Saturday 8 March. The parade starts at noon on Sunday 9 March. Stalls open at 9am.',
      ),
    ).toBe('2025-03-08');
  });
});
