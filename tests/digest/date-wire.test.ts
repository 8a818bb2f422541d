import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Cases from a fifth review round: wire, market and broadcast copy written for Herald.
// Trailing punctuation read with an expression ("Monday,") is not what these tests are about.
const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a weekday set off by a comma', () => {
  it('is a day even when a noun a weekday can qualify follows the comma', () => {
    // 2001-05-09 is a Wednesday.
    expect(datesOf('The mayor won a confidence vote on Monday, hours before the strike began.', '2001-05-09')).toEqual([
      ['on Monday', '2001-05-07'],
    ]);
    expect(datesOf('The mayor cut Sunday hours at the library.', '2001-05-09')).toEqual([]);
  });
});

describe('"the day before" followed by a preposition', () => {
  it('is the day before the one the story last named; "the day before the vote" stays out', () => {
    // 1995-03-10 is a Friday.
    const text =
      'The board met yesterday. A large holder had written to the directors the day before to demand a sale.';
    expect(datesOf(text, '1995-03-10')).toEqual([
      ['yesterday', '1995-03-09'],
      ['the day before', '1995-03-08'],
    ]);
    expect(datesOf('The board met yesterday. Holders sold shares the day before the vote.', '1995-03-10')).toEqual([
      ['yesterday', '1995-03-09'],
    ]);
  });
});

describe('"the next day", "the following day", "the day after" with no event after them', () => {
  it('is the day after the one the story last named, not the day after publication', () => {
    // 1995-03-10 is a Friday.
    expect(datesOf('The mayor was charged on March 2 and resigned the next day.', '1995-03-10')).toEqual([
      ['March 2', '1995-03-02'],
      ['the next day', '1995-03-03'],
    ]);
    expect(datesOf('Shoppers who missed the sale on the 4th could return the following day.', '1995-03-10')).toEqual([
      ['the 4th', '1995-03-04'],
      ['the following day', '1995-03-05'],
    ]);
    expect(datesOf('The vote is on 21 March. Polls close the day before or the day after.', '1995-03-10')).toEqual([
      ['on 21 March', '1995-03-21'],
      ['the day before', '1995-03-20'],
      ['the day after', '1995-03-22'],
    ]);
    // A day counted from a named weekday is a day to count on from, not a span of time.
    expect(
      datesOf('The day before last Friday’s match, the captain was hurt. He played the next morning.', '1995-03-15'),
    ).toEqual([
      ['The day before last Friday', '1995-03-09'],
      ['the next morning', '1995-03-10'],
    ]);
    // "the day after the vote" counts from an event the sentence names, not from a named day.
    expect(datesOf('The vote is on 21 March. Counting starts the day after the vote.', '1995-03-10')).toEqual([
      ['on 21 March', '1995-03-21'],
    ]);
  });
});

describe('a day of the month followed by a verb or a preposition', () => {
  it('"released on the 10th had shown" is the 10th; "for the 10th in a row" is no day', () => {
    // 1996-05-17 is a Friday.
    expect(datesOf('Figures released on the 10th had shown a surplus.', '1996-05-17')).toEqual([
      ['the 10th', '1996-05-10'],
    ]);
    expect(datesOf('The talks opened on the 14th in Geneva.', '1996-05-17')).toEqual([['the 14th', '1996-05-14']]);
    expect(datesOf('Exports rose for the 10th in a row.', '1996-05-17')).toEqual([]);
  });

  it('"on the 1st after the vote" is the 1st; a clause that opens after it does not hide it', () => {
    // 1996-05-29 is a Wednesday; the 1st to come is 1 June.
    expect(
      datesOf('Bus fares will rise on the 1st after the county’s transport committee approved the plan.', '1996-05-29'),
    ).toEqual([['the 1st', '1996-06-01']]);
    expect(datesOf('The ferry was refloated on the 12th because the tide turned.', '1996-05-17')).toEqual([
      ['the 12th', '1996-05-12'],
    ]);
    expect(datesOf('She came in for the 2nd after a long wait.', '1996-05-17')).toEqual([]);
  });
});

describe('a weekday of last week or next week', () => {
  it('is that weekday in the calendar week before or after publication’s', () => {
    // 2003-06-11 is a Wednesday.
    expect(datesOf('The bank reported a loss on Tuesday last week.', '2003-06-11')).toEqual([
      ['on Tuesday last week', '2003-06-03'],
    ]);
    expect(datesOf('The chief executive resigned on Thursday last week.', '2003-06-11')).toEqual([
      ['on Thursday last week', '2003-06-05'],
    ]);
    expect(datesOf('The board will meet on Monday next week.', '2003-06-11')).toEqual([
      ['on Monday next week', '2003-06-16'],
    ]);
    expect(datesOf('The bank reported a loss on Tuesday.', '2003-06-11')).toEqual([['on Tuesday', '2003-06-10']]);
  });
});

describe('a day a story measures against', () => {
  it('("the heaviest since Oct. 19, 1987") is not the day "that day" or "the day before" refers to', () => {
    // 1991-03-15 is a Friday.
    const text =
      'Shares fell sharply on Thursday. Volume was the heaviest since Oct. 19, 1987. Several firms stopped trading by the end of that day.';
    expect(datesOf(text, '1991-03-15')).toEqual([
      ['on Thursday', '1991-03-14'],
      ['Oct. 19, 1987', '1987-10-19'],
      ['that day', '1991-03-14'],
    ]);
    const told = 'Shares fell sharply on Oct. 19, 1987. Several firms stopped trading by the end of that day.';
    expect(datesOf(told, '1991-03-15')).toEqual([
      ['Oct. 19, 1987', '1987-10-19'],
      ['that day', '1987-10-19'],
    ]);
    const reopened =
      'Shares fell on Monday, the worst drop since trading resumed after the storm of Oct. 2, 1990. On the same day, the bank failed.';
    expect(datesOf(reopened, '1991-03-15')).toEqual([
      ['on Monday', '1991-03-11'],
      ['Oct. 2, 1990', '1990-10-02'],
      ['the same day', '1991-03-11'],
    ]);
    const warned =
      'Shares fell on Thursday, the worst drop since March 4, 1990. Brokers had warned of it the day before.';
    expect(datesOf(warned, '1991-03-15')).toEqual([
      ['on Thursday', '1991-03-14'],
      ['March 4, 1990', '1990-03-04'],
      ['the day before', '1991-03-13'],
    ]);
  });
});

describe('a day that names an event', () => {
  it('("will review the Oct. 13 plunge") stays in the nearest year, whatever the clause’s future says', () => {
    // 1994-10-17 is a Monday.
    expect(datesOf('Regulators will review the Oct. 13 plunge.', '1994-10-17')).toEqual([['Oct. 13', '1994-10-13']]);
    expect(datesOf('The company will appeal the Oct. 3 ruling.', '1994-10-17')).toEqual([['Oct. 3', '1994-10-03']]);
    // Not before a noun: the future still puts a day behind publication in the year ahead.
    expect(datesOf('The fair will open on Oct. 13.', '1994-10-17')).toEqual([['Oct. 13', '1995-10-13']]);
  });
});

describe('a period that ends or expires on a day, told in the present', () => {
  it('ends on the day ahead: the fiscal year that "ends Feb. 2" in June is next year’s', () => {
    // 1992-06-09 is a Tuesday.
    expect(datesOf('The retailer’s fiscal year ends Feb. 2.', '1992-06-09')).toEqual([['Feb. 2', '1993-02-02']]);
    expect(datesOf('The bank’s credit line expires March 31.', '1992-06-09')).toEqual([['March 31', '1993-03-31']]);
    expect(datesOf('The retailer’s fiscal year ended Feb. 2.', '1992-06-09')).toEqual([['Feb. 2', '1992-02-02']]);
  });
});

describe('an obligation', () => {
  it('("must arrive by Friday") lies ahead, though a past participle comes first; "must have" looks back', () => {
    // 2004-02-18 is a Wednesday.
    expect(datesOf('Forms posted from abroad must arrive by Friday.', '2004-02-18')).toEqual([
      ['Friday', '2004-02-20'],
    ]);
    expect(datesOf('The forms must have arrived on Monday.', '2004-02-18')).toEqual([['on Monday', '2004-02-16']]);
  });

  it('told as "need to", "has to" or "have to" lies ahead too; "needed to" and "had to" look back', () => {
    // 2004-02-19 is a Thursday: Monday the 16th is nearer than Monday the 23rd.
    expect(datesOf('Tenants need to renew their permits by Monday.', '2004-02-19')).toEqual([['Monday', '2004-02-23']]);
    expect(datesOf('The club has to name its squad on Monday.', '2004-02-19')).toEqual([['on Monday', '2004-02-23']]);
    expect(datesOf('The club had to name its squad on Monday.', '2004-02-19')).toEqual([['on Monday', '2004-02-16']]);
    expect(datesOf('Tenants needed to renew their permits by Monday.', '2004-02-19')).toEqual([
      ['Monday', '2004-02-16'],
    ]);
  });
});

describe('a past spelt as its base form', () => {
  it('"cut" and "set" after a subject are past; "a rate cut", "to cut" and "will cut" are not', () => {
    // 2005-05-16 is a Monday.
    expect(datesOf('The central bank cut rates on Thursday.', '2005-05-16')).toEqual([['on Thursday', '2005-05-12']]);
    expect(datesOf('The underwriters set the price on Thursday night.', '2005-05-16')).toEqual([
      ['on Thursday night', '2005-05-12'],
    ]);
    expect(datesOf('Traders expect a rate cut on Thursday.', '2005-05-16')).toEqual([['on Thursday', '2005-05-19']]);
    expect(datesOf('The bank plans to cut rates on Thursday.', '2005-05-16')).toEqual([['on Thursday', '2005-05-19']]);
  });
});

describe("a weekday's market move", () => {
  it('("regulators are studying Friday’s 190-point drop") is the day behind, as a close is', () => {
    // 1993-04-14 is a Wednesday.
    expect(datesOf('Regulators are studying Friday’s 190-point drop.', '1993-04-14')).toEqual([
      ['Friday', '1993-04-09'],
    ]);
    expect(datesOf('Investors still fear a repeat of Friday’s plunge.', '1993-04-14')).toEqual([
      ['Friday', '1993-04-09'],
    ]);
    // A day ahead by one: a past verb alone would leave it there (a wire story dated the evening before).
    expect(datesOf('The stock gave back Thursday’s gains.', '1993-04-14')).toEqual([['Thursday', '1993-04-08']]);
    expect(datesOf('Investors await Friday’s jobs report.', '1993-04-14')).toEqual([['Friday', '1993-04-16']]);
  });
});

describe('a day of last month, this month or next month', () => {
  it('("signed on the 28th of last month") takes its month from publication’s, across a year end', () => {
    // 1999-03-02 is a Tuesday.
    expect(datesOf('The two sides signed the accord on the 28th of last month.', '1999-03-02')).toEqual([
      ['the 28th of last month', '1999-02-28'],
    ]);
    expect(datesOf('The bank raised its rates on the 1st of this month.', '1999-03-02')).toEqual([
      ['the 1st of this month', '1999-03-01'],
    ]);
    expect(datesOf('The fair opened on the 30th of last month.', '1999-01-04')).toEqual([
      ['the 30th of last month', '1998-12-30'],
    ]);
  });

  it('("on the 20th of that month") takes the month its sentence named, and is no day when it named none', () => {
    expect(
      datesOf('The canal opens in June, with the first barges due on the 20th of that month.', '1999-03-02'),
    ).toEqual([['the 20th of that month', '1999-06-20']]);
    expect(datesOf('The first barges are due on the 20th of that month.', '1999-03-02')).toEqual([]);
  });
});

describe('a change "effective" on a day', () => {
  it('takes effect on the day ahead, unless it "became effective"', () => {
    // 1991-06-12 is a Wednesday.
    expect(datesOf('The company raised its prices 4%, effective Jan. 1.', '1991-06-12')).toEqual([
      ['Jan. 1', '1992-01-01'],
    ]);
    expect(datesOf('The rule became effective Jan. 1.', '1991-06-12')).toEqual([['Jan. 1', '1991-01-01']]);
  });
});
