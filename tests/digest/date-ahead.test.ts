import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Cases from a ninth review round: business copy with days still to come, written for Herald.
// Trailing punctuation read with an expression ("Friday,") is not what these tests are about.
const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('a holiday a span counts from', () => {
  it('("the day after Thanksgiving", "three days before Christmas") is the holiday’s own day', () => {
    // 2005-11-23 is a Wednesday; Thanksgiving 2005 fell on 24 November.
    expect(datesOf('Stores open at 5 a.m. on Friday, the day after Thanksgiving.', '2005-11-23')).toEqual([
      ['at 5 a.m. on Friday', '2005-11-25'],
      ['Thanksgiving', '2005-11-24'],
    ]);
    expect(datesOf('The last parcels leave on December 22, three days before Christmas.', '2005-11-23')).toEqual([
      ['December 22', '2005-12-22'],
      ['Christmas', '2005-12-25'],
    ]);
    expect(datesOf('The chairman resigned two days before the vote.', '2005-11-23')).toEqual([]);
  });
});

describe('the January and February market holidays', () => {
  it('("Presidents\' Day", "Martin Luther King Jr. Day") are the third Monday of their month', () => {
    // 2008-02-13 and 2011-01-12 are Wednesdays.
    expect(datesOf("The exchanges will be closed on Presidents' Day.", '2008-02-13')).toEqual([
      ["Presidents' Day", '2008-02-18'],
    ]);
    expect(datesOf('Banks shut for Martin Luther King Jr. Day.', '2011-01-12')).toEqual([
      ['Martin Luther King Jr. Day', '2011-01-17'],
    ]);
  });
});

describe('a day "on or before" which something is done', () => {
  it('is a deadline ahead unless the clause is past; "before" there ends no clause', () => {
    // 2009-09-02 is a Wednesday.
    expect(datesOf('Claims must be lodged on or before March 31, the regulator said.', '2009-09-02')).toEqual([
      ['March 31', '2010-03-31'],
    ]);
    expect(datesOf('The plant in Fremont, California closes on or before March 31.', '2009-09-02')).toEqual([
      ['March 31', '2010-03-31'],
    ]);
    expect(datesOf('The forms were lodged on or before March 31, the regulator said.', '2009-09-02')).toEqual([
      ['March 31', '2009-03-31'],
    ]);
  });
});

describe('an irregular past', () => {
  it('("withdrew", "upheld") puts the weekday behind, as "fell" does', () => {
    // 2024-03-13 is a Wednesday.
    expect(datesOf('The bidder withdrew its offer on Friday.', '2024-03-13')).toEqual([['on Friday', '2024-03-08']]);
    expect(datesOf('The appeals court upheld the ruling on Friday.', '2024-03-13')).toEqual([
      ['on Friday', '2024-03-08'],
    ]);
    expect(datesOf('The bidder will withdraw its offer on Friday.', '2024-03-13')).toEqual([
      ['on Friday', '2024-03-15'],
    ]);
  });
});

describe('a time granted until a weekday to do something', () => {
  it('("gave the firm until Friday to pay") runs to the weekday ahead; "had until Saturday to sign" is gone by', () => {
    // 2010-11-29 is a Monday.
    expect(datesOf('Lenders gave the carrier until Friday to find a buyer.', '2010-11-29')).toEqual([
      ['Friday', '2010-12-03'],
    ]);
    expect(datesOf('Bondholders had until Saturday to sign on.', '2010-11-29')).toEqual([['Saturday', '2010-11-27']]);
  });
});

describe('a deadline someone expects or hopes to meet', () => {
  it('("expects a full timetable by Friday") lies ahead; "was expected by Friday" is a schedule as it stood', () => {
    // 2010-11-30 is a Tuesday.
    expect(
      datesOf('The ferry operator said on Monday that it expected a full timetable by Friday.', '2010-11-30'),
    ).toEqual([
      ['on Monday', '2010-11-29'],
      ['Friday', '2010-12-03'],
    ]);
    expect(datesOf('Engineers hope most homes have water again by Sunday.', '2010-11-30')).toEqual([
      ['Sunday', '2010-12-05'],
    ]);
    expect(datesOf('The report was expected by Saturday but never came.', '2010-11-30')).toEqual([
      ['Saturday', '2010-11-27'],
    ]);
  });
});
