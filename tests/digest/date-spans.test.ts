import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text, d.date]);

describe('a span in a bigger number', () => {
  it('"40,000 years ago" is no day (chrono read "000 years ago")', () => {
    expect(datesOf('Hunters crossed the land bridge some 40,000 years ago.')).toEqual([]);
  });
});
