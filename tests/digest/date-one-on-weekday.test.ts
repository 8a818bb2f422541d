import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Monday before is 01-13.
const WEDNESDAY = '2025-01-15';
const datesOf = (text: string) =>
  buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"one on Monday": "one" is a pronoun, and the Monday a day', () => {
  it.each([
    'The dockers held a strike in December and followed one on Monday, with more planned.',
    'There were two raids on the depot: one on Monday, another at the weekend.',
  ])('%s', (text) => {
    expect(datesOf(text)).toContainEqual(['on Monday', '2025-01-13']);
  });

  it.each([
    'It can happen on any Monday, a guard said.',
    'Any Monday, the queue reaches the corner.',
    'A Monday like any other began quietly at the depot.',
  ])('still reads no day in a weekday that is any week’s: %s', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
