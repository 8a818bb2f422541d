import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: a past day read ahead for want of a year', () => {
  it('counts down to no day months ahead that the sentence tells in the past', () => {
    expect(key('The mayor, who won the 12 June election, has resigned. His deputy is sworn in on 20 March.')).toBe(
      '2025-03-20',
    );
    expect(key('The harbour, which reopened on 9 August after repairs, is busy again.')).toBeUndefined();
  });

  it('still counts down to the day of what was agreed to happen', () => {
    expect(key('The union said members had voted to strike on 20 July. Talks failed.')).toBe('2025-07-20');
    // A participle used as an adjective is no past tense of the clause.
    expect(key('The water board will publish its long-delayed drought plan at a meeting on 4 June.')).toBe(
      '2025-06-04',
    );
  });

  it('counts down to the day a past verb moves something to', () => {
    expect(
      key(
        'The studio has pushed back the launch of its racing game to 14 July, a spokeswoman said on Monday. Buyers can claim refunds until 31 March.',
      ),
    ).toBe('2025-07-14');
    expect(key('The club has moved its summer fete to 9 August. Stalls must be booked by 20 March.')).toBe(
      '2025-08-09',
    );
  });
});
