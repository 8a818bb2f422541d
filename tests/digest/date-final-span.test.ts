import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2026-05-12 is a Tuesday.
const datesOf = (text: string) =>
  buildDigest(article(text, '2026-05-12')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"last week" that is the final week of something', () => {
  it('is no day of the story after "the very" or a possessive', () => {
    expect(datesOf('Her son said she had been "clear-headed until the very last week, and still arguing."')).toEqual(
      [],
    );
    expect(datesOf('In his last week in office, the mayor signed nine orders.')).toEqual([]);
    expect(datesOf('They spent their last month together walking the coast.')).toEqual([]);
  });

  it('is still the week before publication on its own', () => {
    expect(datesOf('The council voted last week to close the pool.')).toEqual([['last week', '2026-05-05']]);
    expect(datesOf('Her lawyer said last week that she would appeal.')).toEqual([['last week', '2026-05-05']]);
  });
});
