import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const key = (text: string) => buildDigest(article(text, '2025-03-03')).keyDate?.date;

describe('key date: "By <day>, … had done" tells the past', () => {
  it('counts down to no day a fronted "By" puts in the past perfect', () => {
    expect(key('The recipe went viral on Sunday. By Tuesday, the bakery, a family firm in Leeds, had sold out.')).toBe(
      undefined,
    );
    expect(key('By Thursday, the striking porters had already returned to work.')).toBeUndefined();
  });

  it('still counts down to a "By" day that lies ahead', () => {
    expect(key('By Thursday, the porters must return to work.')).toBe('2025-03-06');
    expect(key('By Thursday, the porters will have had a week to decide.')).toBe('2025-03-06');
  });
});
