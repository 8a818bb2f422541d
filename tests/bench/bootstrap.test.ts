import { describe, expect, it } from 'vitest';
import { bootstrapInterval, formatInterval } from '../../bench/eval/bootstrap.js';

describe('the held-out figures’ 95% interval', () => {
  it('is a point when every document has the same ratio', () => {
    const docs = Array.from({ length: 30 }, () => ({ num: 9, den: 10 }));
    expect(bootstrapInterval(docs)).toEqual([0.9, 0.9]);
  });

  it('holds the figure, narrows with more documents, and prints the same on every run', () => {
    // Half the documents right in full, half wrong in full: 50%, uncertain with few documents.
    const few = Array.from({ length: 10 }, (_, i) => ({ num: i % 2, den: 1 }));
    const many = Array.from({ length: 1000 }, (_, i) => ({ num: i % 2, den: 1 }));
    const [lo, hi] = bootstrapInterval(few);
    const [mlo, mhi] = bootstrapInterval(many);
    expect(lo).toBeLessThan(0.5);
    expect(hi).toBeGreaterThan(0.5);
    expect(mhi - mlo).toBeLessThan((hi - lo) / 4);
    expect(formatInterval(bootstrapInterval(few))).toBe(formatInterval([lo, hi]));
  });

  it('is a dash with no documents', () => {
    expect(formatInterval(bootstrapInterval([]))).toBe('—');
  });
});
