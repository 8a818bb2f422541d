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

describe('a length of time that starts on a day the sentence names', () => {
  it('"for two weeks from 18 March" is 18 March, not a fortnight on, and the countdown counts to it', () => {
    const text =
      'The ferry pier will shut for two weeks from 18 March, the port said. Ferries will dock at the old quay.';
    expect(datesOf(text)).toEqual([['18 March', '2024-03-18']]);
    expect(buildDigest(article(text, WEDNESDAY)).keyDate?.date).toBe('2024-03-18');
  });

  it('reads "starting" and "beginning" the same way, and a weekday after them by its tense', () => {
    expect(datesOf('The fair runs for three days starting Friday 15 March.')).toEqual([
      ['Friday 15 March', '2024-03-15'],
    ]);
    expect(datesOf('The pool will close for a month beginning on Monday.')).toEqual([['on Monday', '2024-03-18']]);
  });

  it('still counts "two weeks from Friday" on from the day when no "for" makes it a length', () => {
    expect(datesOf('The vote is two weeks from Friday.')).toEqual([['two weeks from Friday', '2024-03-29']]);
  });
});

describe('a day and its opening hours', () => {
  it('is the day alone: the closing hour is no second day, the opening hour no part of its text', () => {
    expect(datesOf('The winter market trades daily until 24 March, from 9am to 8pm.')).toEqual([
      ['24 March', '2024-03-24'],
    ]);
    expect(datesOf('The museum opens on Saturday between 11am and 5pm.')).toEqual([['on Saturday', '2024-03-16']]);
  });
});

describe('a weekday before a comma', () => {
  it('is read without the comma', () => {
    expect(datesOf('Crews will shut the bridge from 07:00 on Thursday, the council said.')).toEqual([
      ['from 07:00 on Thursday', '2024-03-14'],
    ]);
  });
});
