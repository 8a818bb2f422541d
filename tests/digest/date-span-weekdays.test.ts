import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2027-03-10 is a Wednesday; 2027-06-16 (Wednesday) to 2027-06-20 (Sunday) is the show's span.
const datesOf = (text: string) =>
  buildDigest(article(text, '2027-03-10')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a weekday inside a span of days the story named before', () => {
  it('is that span’s day when its sentence has no tense of its own, or is written "the Saturday"', () => {
    const dates = datesOf(
      'The county show returns from 16 June to 20 June 2027. Judging on Thursday decides the champion ram. ' +
        'Crowds peak on the Saturday afternoon, and the Sunday parade closes it.',
    );
    expect(dates).toContainEqual(['on Thursday', '2027-06-17']);
    expect(dates).toContainEqual(['Saturday afternoon', '2027-06-19']);
    expect(dates).toContainEqual(['Sunday', '2027-06-20']);
  });

  it('a weekday its own tense places stays near publication', () => {
    const dates = datesOf(
      'The county show returns from 16 June to 20 June 2027. Entries will close on Friday, and the vet inspected the pens on Monday.',
    );
    expect(dates).toContainEqual(['on Friday', '2027-03-12']);
    expect(dates).toContainEqual(['on Monday', '2027-03-08']);
  });
});
