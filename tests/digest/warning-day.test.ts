import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2025-01-15 is a Wednesday: the Thursday after is 01-16, the one before 01-09.
const WEDNESDAY = '2025-01-15';
const digestOf = (text: string, title: string | null = null) => buildDigest(article(text, WEDNESDAY, { title }));

describe('a warning story counts down to the warning', () => {
  it('counts down to a day in a clause with no tense of its own, whatever the attribution after it', () => {
    const digest = digestOf('An ice alert is in place from 6pm on Thursday, the forecasters said.');
    expect(digest.dates.map((d) => [d.text, d.date])).toEqual([['from 6pm on Thursday', '2025-01-16']]);
    expect(digest.keyDate?.date).toBe('2025-01-16');
  });

  it('keeps a past clause past when an attribution follows it', () => {
    const dates = digestOf('The depot flooded on Monday, the operator said.').dates;
    expect(dates.map((d) => [d.text, d.date])).toEqual([['on Monday', '2025-01-13']]);
  });

  it('counts down to the day the warning starts, not the day it ends', () => {
    const text =
      'A yellow warning for snow is in force from 6pm on Thursday until midday on Friday, the Met Office said. ' +
      'Forecasters said up to 10cm could fall on high ground on Thursday night. ' +
      "Drivers were told to check routes before Friday's morning rush. " +
      'Schools may close on Friday. ' +
      'Gritters went out on Tuesday and Wednesday.';
    const digest = digestOf(text, 'Snow warning for Thursday night');
    expect(digest.keyDate?.date).toBe('2025-01-16');
  });
});
