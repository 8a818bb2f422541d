import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: a kickoff is the match it starts', () => {
  it('counts down to the kickoff over a later fixture the story only mentions', () => {
    expect(
      key('Hull named their side on Monday. It kicks off at 3pm on Saturday 8 March. They then face York on 15 March.'),
    ).toBe('2025-03-08');
    expect(
      key('The coach spoke on Monday. Kickoff is at noon on Sunday 9 March. The club then plays Leeds on 16 March.'),
    ).toBe('2025-03-09');
  });
});
