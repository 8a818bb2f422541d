import { describe, expect, it } from 'vitest';
import { digestAt } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const countdownOf = (text: string) =>
  digestAt(article(text, '2025-03-15'), new Date('2025-03-15T08:00:00Z')).countdown?.text ?? null;

describe('key date label: a noun whose relative clause only says it is due', () => {
  it('is the noun alone, with no space left where the clause was', () => {
    expect(
      countdownOf(
        'Shares in the grocer fell 4% on Friday ahead of the annual results, which are due on Thursday 10 April.',
      ),
    ).toBe('26 days to go: The annual results (2025-04-10)');
  });
});
