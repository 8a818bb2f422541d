import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-05-14 is a Wednesday: tomorrow is Thursday 05-15.
const WEDNESDAY = '2025-05-14';
const keyOf = (text: string) => buildDigest(article(text, WEDNESDAY)).keyDate;

describe('a day a past verb set for tomorrow', () => {
  it('is the countdown: the trial resumes tomorrow', () => {
    const key = keyOf('The magistrate adjourned the fraud trial until Thursday. The jury was sent home early.');
    expect(key?.date).toBe('2025-05-15');
  });

  it('is no countdown when the story says it was then called off', () => {
    const key = keyOf(
      'The ferry crossing was first postponed to Thursday but has now been cancelled, the operator said. Passengers were offered refunds.',
    );
    expect(key).toBeNull();
  });

  it('is no countdown when it is only told as done', () => {
    expect(keyOf('The committee met on Thursday and approved the budget.')).toBeNull();
  });
});
