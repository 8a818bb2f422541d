import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Cases from a review round of 1989–1998 US newswire and 2005–2010 Wikinews business copy written
// for Herald. Trailing punctuation read with an expression ("Monday,") is not what these tests are about.
const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('"put off" and "put back" as deeds told', () => {
  it('dates the day of the putting off behind, whatever plan the clause names after it', () => {
    // 1989-03-15 is a Wednesday.
    expect(
      datesOf(
        'The Senate Banking Committee on Tuesday put off until next week a vote on the plan to rescue the thrifts.',
        '1989-03-15',
      ),
    ).toEqual([
      ['on Tuesday', '1989-03-14'],
      ['next week', '1989-03-22'],
    ]);
    expect(datesOf('The board on Friday put back the launch it had planned to hold.', '1989-03-15')).toEqual([
      ['on Friday', '1989-03-10'],
    ]);
    // A putting off still to come stays ahead.
    expect(datesOf('The panel will put off on Friday a vote on the plan to rescue them.', '1989-03-15')).toEqual([
      ['on Friday', '1989-03-17'],
    ]);
  });
});

describe('a day a past verb names "as the start" or "as the deadline"', () => {
  const digest = (text: string, published: string, title: string) =>
    buildDigest({ ...article(text, published), title });

  it('months ahead, is the key date, labelled by what it was named as', () => {
    // 1998-04-22 is a Wednesday.
    const d = digest(
      'A federal judge on Tuesday set Sept. 8 as the start of the antitrust trial against Norvell Software, rejecting a request for a delay until next year. The company must name its witnesses by Aug. 1.',
      '1998-04-22',
      'Norvell trial date set',
    );
    expect([d.keyDate?.date, d.keyDate?.label]).toEqual([
      '1998-09-08',
      'The start of the antitrust trial against Norvell Software',
    ]);
    expect(
      digest('The league named Aug. 28 as the deadline for bids.', '1998-04-22', 'Franchise up for sale').keyDate
        ?.label,
    ).toBe('The deadline for bids');
  });
});
