import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-03-14 is a Friday: "Thursday" is the day before, or six days ahead.
const FRIDAY = '2025-03-14';
const dayOf = (text: string) => buildDigest(article(text, FRIDAY)).dates.map((d) => d.date);

describe('a weekday told in the present tense of a schedule is the one ahead', () => {
  it.each([
    'Voting in the parish poll is from 9am to 5pm on Thursday.',
    'Voting is from 9 a.m. to 5 p.m. on Thursday.',
    'The library is closed on Thursday for stocktaking.',
    'Polls open at 7am on Thursday in all twelve wards.',
    'Tickets for the final go on sale on Thursday.',
    'Doors open at 7pm on Thursday.',
  ])('%s', (text) => {
    expect(dayOf(text)).toEqual(['2025-03-20']);
  });

  it.each([
    'The library was closed on Thursday for stocktaking.',
    'Tickets for the final went on sale on Thursday.',
    'Polls closed at 10pm on Thursday.',
    'The tickets did not go on sale on Thursday.',
  ])('leaves the day behind in the past tense: %s', (text) => {
    expect(dayOf(text)).toEqual(['2025-03-13']);
  });
});

describe('a plural or "they"/"we" subject of a present schedule inside a sentence', () => {
  it.each([
    'Officials say the two clubs meet on Thursday.',
    'Officials said the two clubs meet on Thursday.',
    'Supporters hope they play better on Thursday.',
    'I think we play them on Thursday.',
  ])('%s', (text) => {
    expect(dayOf(text)).toEqual(['2025-03-20']);
  });
});
