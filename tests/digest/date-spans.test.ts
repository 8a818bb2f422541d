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

describe('a span later or earlier than a day its sentence just named', () => {
  it('counts from that day; alone, in another sentence or compared with "than", it names none', () => {
    const on = (text: string) =>
      buildDigest(article(text, '2016-05-11')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);
    expect(on('The bridge shut on 2 May and reopened three days later.')).toEqual([
      ['on 2 May', '2016-05-02'],
      ['three days later', '2016-05-05'],
    ]);
    expect(on('Juniors get their marks on 9 June, seniors a week earlier.')).toEqual([
      ['on 9 June', '2016-06-09'],
      ['a week earlier', '2016-06-02'],
    ]);
    expect(on('The bridge shut on 2 May. Three days later it reopened.')).toEqual([['on 2 May', '2016-05-02']]);
    expect(on('The bridge reopened on 2 May, a week later than planned.')).toEqual([['on 2 May', '2016-05-02']]);
  });
});
