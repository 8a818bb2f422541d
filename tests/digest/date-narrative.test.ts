import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('words that only look like a holiday', () => {
  it('a holiday name inside a word after an apostrophe is no holiday', () => {
    expect(datesOf("A nor'easter dumped a foot of snow on Boston on Monday.")).toEqual([['on Monday', '2024-03-11']]);
    expect(datesOf('Fishermen stayed in port as the nor’easter passed.')).toEqual([]);
    // A holiday in quotation marks is still one.
    expect(datesOf("Shops opened at dawn on 'Easter' Sunday.")).not.toEqual([]);
  });
});

describe('a part of a day the story has just named', () => {
  it('"that morning", "that evening" are the day named before them', () => {
    expect(datesOf('The ferry sank on Saturday. Coastguards had warned of gales that morning.')).toEqual([
      ['on Saturday', '2024-03-09'],
      ['that morning', '2024-03-09'],
    ]);
    expect(datesOf('Votes were counted on 2 March, and the result was declared that evening.')).toEqual([
      ['on 2 March', '2024-03-02'],
      ['that evening', '2024-03-02'],
    ]);
  });

  it('"said that morning traffic…" joins a clause; it names no day', () => {
    expect(datesOf('The bridge shut on Monday. Officials said that morning traffic would be diverted.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });
});
