import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// Days inside quotations: a speaker's "today" is the day the speaker spoke.
const datesOf = (text: string, published: string) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

// 2003-10-15 is a Wednesday.
const WEDNESDAY = '2003-10-15';

describe('"today" or "yesterday" in a quotation said on an earlier day', () => {
  it('counts from the day the attribution after the quotation names', () => {
    const text = '"The pumps failed yesterday and we are still bailing," the harbour master said on Saturday.';
    expect(datesOf(text, WEDNESDAY)).toEqual([
      ['yesterday', '2003-10-10'],
      ['on Saturday', '2003-10-11'],
    ]);
  });

  it('counts from the day the attribution just before the quotation names', () => {
    const text = 'The union leader spoke to members on Monday. "Tomorrow we vote, and today we rest."';
    expect(datesOf(text, WEDNESDAY)).toEqual([
      ['on Monday', '2003-10-13'],
      ['Tomorrow', '2003-10-14'],
      ['today', '2003-10-13'],
    ]);
  });

  it('stays the publication day when no saying names the earlier day', () => {
    expect(datesOf('The ferry sank on Monday. "We are still searching today," a diver said.', WEDNESDAY)).toEqual([
      ['on Monday', '2003-10-13'],
      ['today', WEDNESDAY],
    ]);
    expect(datesOf('"We sail today," the captain said. On Monday the port had closed.', WEDNESDAY)).toEqual([
      ['today', WEDNESDAY],
      ['On Monday', '2003-10-13'],
    ]);
  });
});

describe('"later that day" or "earlier in the day" with its day named after it', () => {
  it('takes the day of an aside right after it', () => {
    const text =
      'The pier was shut on Monday.\n\nLater that day, at a briefing on Tuesday, the council promised repairs.';
    expect(datesOf(text, WEDNESDAY)).toEqual([
      ['on Monday', '2003-10-13'],
      ['that day', '2003-10-14'],
      ['on Tuesday', '2003-10-14'],
    ]);
  });

  it('takes the next sentence\'s day when "earlier in the day" opens a paragraph', () => {
    const text =
      'The pier was shut on Monday.\n\nEarlier in the day, the mayor had toured the town. The tour, on Tuesday, lasted an hour.';
    expect(datesOf(text, WEDNESDAY)).toEqual([
      ['on Monday', '2003-10-13'],
      ['the day', '2003-10-14'],
      ['on Tuesday', '2003-10-14'],
    ]);
  });

  it('keeps the day before it otherwise', () => {
    const text = 'The pier was shut on Monday. Later that day, the mayor said repairs would start on Friday.';
    expect(datesOf(text, WEDNESDAY)).toEqual([
      ['on Monday', '2003-10-13'],
      ['that day', '2003-10-13'],
      ['on Friday', '2003-10-17'],
    ]);
  });
});

describe('a past weekday the day after publication', () => {
  it('is the one behind when the story opens with its own date; wire copy keeps the evening-before reading', () => {
    const body = 'The council closed the old bridge on Thursday. It will reopen on Thursday.';
    expect(datesOf(`Wednesday, October 15, 2003\n\n${body}`, WEDNESDAY)).toEqual([
      ['Wednesday, October 15, 2003', WEDNESDAY],
      ['on Thursday', '2003-10-09'],
      ['on Thursday', '2003-10-16'],
    ]);
    expect(datesOf(body, WEDNESDAY)).toEqual([
      ['on Thursday', '2003-10-16'],
      ['on Thursday', '2003-10-16'],
    ]);
  });
});
