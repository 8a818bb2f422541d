import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Monday before is 01-13 (nearer), the one after 01-20.
const WEDNESDAY = '2025-01-15';
const datesOf = (text: string) =>
  buildDigest(article(text, WEDNESDAY)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a present progressive before a day is an arrangement ahead', () => {
  it.each([
    ['The bottling plant is closing Monday, with 300 jobs lost.', 'Monday'],
    ['The ferry service is starting up on Monday after a winter break.', 'on Monday'],
  ])('%s', (text, expression) => {
    expect(datesOf(text)).toEqual([[expression, '2025-01-20']]);
  });

  it.each([
    ["Police are investigating Monday's fire at the depot.", 'Monday'],
    ['Detectives are focusing on Monday, when the van was seen.', 'on Monday'],
  ])('leaves a day gone by behind: %s', (text, expression) => {
    expect(datesOf(text)).toEqual([[expression, '2025-01-13']]);
  });
});
