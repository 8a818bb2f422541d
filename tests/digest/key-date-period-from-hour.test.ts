import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 12 March 2024 is a Tuesday.
const key = (text: string) => buildDigest(article(text, '2024-03-12')).keyDate?.date;

describe('key date: a period written with the hour before its first day', () => {
  it('counts down to the first day, as a period written without hours does', () => {
    const closure =
      'The bridge will be shut from 8pm Thursday until 6am Saturday for resurfacing. Diversions will be signed, and buses will stop short of the bridge on Saturday.';
    expect(key(closure)).toBe('2024-03-14');
    const plain =
      'The bridge will be shut from Thursday until Saturday for resurfacing. Diversions will be signed, and buses will stop short of the bridge on Saturday.';
    expect(key(plain)).toBe('2024-03-14');
  });
});
