import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const datesOf = (text: string, date: string | null = '2024-11-24') =>
  buildDigest(article(text, date)).dates.map((d) => ({ text: d.text, date: d.date, role: d.role }));

describe('dates', () => {
  it('resolves against the publication date, not today', () => {
    expect(datesOf('On 21 November, Russia struck Dnipro.')).toEqual([
      { text: 'On 21 November', date: '2024-11-21', role: 'mention' },
    ]);
    expect(datesOf('He wants it done by 20 January next year.')).toEqual([
      { text: '20 January next year', date: '2025-01-20', role: 'deadline' },
    ]);
  });

  it('reads the first 500 days of a text that names thousands, in order', () => {
    // A calendar dumped into an article: one line a day for two years from 1 January 2023.
    const day = (n: number) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
    const lines = Array.from({ length: 730 }, (_, n) => `The club hall opens on ${day(n)}.`);
    const dates = datesOf(lines.join('\n'));
    expect(dates).toHaveLength(500);
    expect(dates.map((d) => d.date)).toEqual(Array.from({ length: 500 }, (_, n) => day(n)));
    // Days counted from the day before ("the same day", "the next day") are no way round it.
    expect(datesOf(`On 3 May it rained the same day. ${'It rained the same day. '.repeat(700)}`)).toHaveLength(500);
    expect(datesOf(`On 3 May it rained. ${'It rained the next day. '.repeat(700)}`)).toHaveLength(500);
    // Nor are days counted from an event another day told ("the night before the strike").
    const strikes = 'Nurses walked off the job on 3 May. The night before the strike, talks failed. ';
    expect(datesOf(strikes.repeat(700))).toHaveLength(500);
  });

  it('uses tense for weekdays and yearless dates', () => {
    expect(datesOf('The vote will take place on Friday.')[0]?.date).toBe('2024-11-29');
    expect(datesOf('The minister resigned on Friday.')[0]?.date).toBe('2024-11-22');
    expect(datesOf('The summit will be held on 3 November.')[0]?.date).toBe('2025-11-03');
  });

  it('resolves relative days and marks the publication day', () => {
    expect(datesOf('Officials said yesterday that talks failed.')[0]?.date).toBe('2024-11-23');
    expect(datesOf('The report was published today.')[0]).toMatchObject({ date: '2024-11-24', role: 'published' });
  });

  it('reads "last night" as the day before publication, and "tonight" as the publication day', () => {
    expect(datesOf('The mayor spoke to party leaders last night.')).toEqual([
      { text: 'last night', date: '2024-11-23', role: 'mention' },
    ]);
    // The last night of something is no day before publication.
    expect(datesOf('The band played a new song on the last night of its tour.')).toEqual([]);
    expect(datesOf('The mayor will speak to party leaders tonight.')).toEqual([
      { text: 'tonight', date: '2024-11-24', role: 'published' },
    ]);
  });

  it('reads "this morning", "this afternoon" and "this evening" as the publication day', () => {
    expect(datesOf('Queues formed outside the stadium this morning.')).toEqual([
      { text: 'this morning', date: '2024-11-24', role: 'published' },
    ]);
    expect(datesOf('A vigil will be held at the church this evening.')[0]?.date).toBe('2024-11-24');
    expect(datesOf('Queues formed outside the stadium in the morning.')).toEqual([]);
  });

  it('keeps only full days: months, years and times alone are not dates', () => {
    expect(datesOf('In January 2025 prices rose. At 5pm it rained. In 2023 it snowed.')).toEqual([]);
  });

  it('without a publication date keeps only dates that carry their year', () => {
    expect(datesOf('It happened yesterday. The law took effect on 1 March 2020.', null).map((d) => d.date)).toEqual([
      '2020-03-01',
    ]);
  });

  it('marks scheduled future dates as events', () => {
    expect(datesOf('The inauguration is scheduled for 20 January 2025.')[0]?.role).toBe('event');
  });

  it('keeps chrono’s nearest year for a yearless day, and a past verb with a day months ahead means last year', () => {
    expect(datesOf('Payable Dec. 7 to holders of record, the company said.', '1989-10-27')[0]?.date).toBe('1989-12-07');
    expect(datesOf('Gonzalez said the boy could leave by Jan. 14.', '2000-01-07')[0]?.date).toBe('2000-01-14');
    expect(datesOf('He was shot to death on the night of Oct. 23 in his kitchen.', '1999-05-05')[0]).toMatchObject({
      text: 'Oct. 23',
      date: '1998-10-23',
    });
  });

  it('reads a range from a time alone to a time on a day as that day, not the day after it', () => {
    expect(datesOf('Trains will run from 11pm until 4am on New Year’s Day.', '2024-12-30')).toEqual([
      { text: '4am on New Year’s Day', date: '2025-01-01', role: 'deadline' },
    ]);
    expect(datesOf('The bridge will close from 10pm until 6am on Friday.').map((d) => d.date)).toEqual(['2024-11-29']);
    expect(datesOf('The bridge will close from 10pm on Thursday until 6am on Friday.').map((d) => d.date)).toEqual([
      '2024-11-28',
      '2024-11-29',
    ]);
  });

  it('reads holidays, ranges, and counted spans', () => {
    expect(datesOf('Elian was found on Thanksgiving Day clinging to an inner tube.', '2000-01-07')[0]?.date).toBe(
      '1999-11-25',
    );
    expect(datesOf('The campaign runs from now to Election Day.', '1998-10-26').map((d) => d.date)).toContain(
      '1998-11-03',
    );
    expect(
      datesOf('It bought shares from Aug. 26 to Oct. 20 for cash.', '1989-10-30').map((d) => [d.text, d.date]),
    ).toEqual([
      ['Aug. 26', '1989-08-26'],
      ['Oct. 20', '1989-10-20'],
    ]);
    expect(datesOf('Profit fell from a year ago.', '1989-10-26')[0]?.date).toBe('1988-10-26');
  });

  it('reads the Easter and shopping holidays, and moves a holiday a year by tense to that year’s day', () => {
    const day = (text: string, published: string) => datesOf(text, published)[0]?.date;
    expect(day('Ferries will not sail on Good Friday.', '2025-03-05')).toBe('2025-04-18');
    expect(day('The choir sings on Easter Sunday.', '2025-03-05')).toBe('2025-04-20');
    expect(day('The museum opens on Easter Monday.', '2026-02-20')).toBe('2026-04-06');
    // Not "Friday" alone, and the year ahead's Black Friday (28 November 2025), not last year's date moved.
    expect(day('Shops will open at 6 a.m. on Black Friday.', '2025-03-05')).toBe('2025-11-28');
    expect(day('Online sales beat records on Cyber Monday.', '2025-03-05')).toBe('2024-12-02');
    expect(day('The family will travel home for Thanksgiving.', '2025-03-05')).toBe('2025-11-27');
  });

  it('reads Maundy Thursday and the English bank holidays that fall on a Monday of May or August', () => {
    const day = (text: string, published: string) => datesOf(text, published)[0]?.date;
    // Not "Thursday" alone, read back by the past verb.
    expect(day('Pilgrims crowded the abbey on Maundy Thursday.', '2019-04-20')).toBe('2019-04-18');
    expect(day('The pier reopens for the August bank holiday.', '2016-07-20')).toBe('2016-08-29');
    expect(day('Parking is free on the spring bank holiday.', '2016-05-03')).toBe('2016-05-30');
    expect(day('Markets run on the early May bank holiday.', '2016-04-20')).toBe('2016-05-02');
  });

  it('reads "bank holiday Monday" as the English bank holiday Monday nearest the story, not as a plain Monday', () => {
    const day = (text: string, published: string) => datesOf(text, published).map((d) => [d.text, d.date]);
    // Monday 28 April 2025: Easter Monday a week behind, the early May bank holiday a week ahead.
    expect(day('Extra buses will run on bank holiday Monday.', '2025-04-28')).toEqual([
      ['bank holiday Monday', '2025-05-05'],
    ]);
    expect(day('Crowds packed the seafront on bank holiday Monday.', '2025-08-26')).toEqual([
      ['bank holiday Monday', '2025-08-25'],
    ]);
    expect(day('The tip is closed on bank holiday Monday.', '2025-05-21')).toEqual([
      ['bank holiday Monday', '2025-05-26'],
    ]);
  });

  it("reads national and saints' days, and the church days counted from Easter", () => {
    const day = (text: string, published: string) => datesOf(text, published)[0]?.date;
    expect(day("The band plays Dublin on St Patrick's Day.", '2019-02-27')).toBe('2019-03-17');
    expect(day('Crowds gathered in George Square on Hogmanay.', '2020-01-03')).toBe('2019-12-31');
    expect(day('Firework sales are banned after Bonfire Night.', '2017-10-30')).toBe('2017-11-05');
    expect(day('The lilies arrived in time for Palm Sunday.', '2019-04-02')).toBe('2019-04-14');
    // Not "Sunday" alone: the British Mothering Sunday, three weeks before Easter.
    expect(day('Florists were busiest on Mothering Sunday.', '2019-04-02')).toBe('2019-03-31');
    expect(day('The veterans marched on Remembrance Sunday.', '2019-11-12')).toBe('2019-11-10');
  });

  it('reads "Election Day" as the US holiday, but not a lower-case "election day" of another election', () => {
    expect(datesOf('Observers said voting on election day had been calm.', '2007-05-07')).toEqual([]);
    expect(datesOf('Turnout on Election Day was 71 percent.', '1988-11-10')).toEqual([
      { text: 'Election Day', date: '1988-11-08', role: 'mention' },
    ]);
  });

  it('leaves "the same day last year" out: that day of a year the story does not name', () => {
    expect(datesOf('Shops were busy on Saturday, with sales up 4% on the same day last year.')).toEqual([
      { text: 'on Saturday', date: '2024-11-23', role: 'mention' },
    ]);
    expect(datesOf('Sales rose on Saturday. Two shops closed the same day.').map((d) => d.text)).toEqual([
      'on Saturday',
      'the same day',
    ]);
  });

  it('"the same day" after "said on Tuesday" is the day the statement told of, when its sentence named one', () => {
    const d = datesOf(
      'The ferry will relaunch on June 9, its owners said on Monday, with fares cut the same day.',
      '2021-06-02',
    );
    expect(d.map((x) => [x.text.replace(/,$/, ''), x.date])).toEqual([
      ['June 9', '2021-06-09'],
      ['on Monday', '2021-05-31'],
      ['the same day', '2021-06-09'],
    ]);
    // In the next sentence too: the statement's sentence named the day it told of.
    const next = datesOf(
      'Bus fares will rise on March 2, the council said on Monday. Tram fares go up on the same day.',
      '2021-02-09',
    );
    expect(next.at(-1)?.date).toBe('2021-03-02');
    // With no other day named, the day of the statement.
    const alone = datesOf('Its owners said on Monday that fares were cut the same day.', '2021-06-02');
    expect(alone.at(-1)?.date).toBe('2021-05-31');
  });

  it('resolves "the same day" and "until then" to the day the story last named', () => {
    const d = datesOf('Conversion rights end on Nov. 30. Until then, the stock remains convertible.', '1989-10-30');
    expect(d.map((x) => [x.text, x.date])).toEqual([
      ['Nov. 30', '1989-11-30'],
      ['then', '1989-11-30'],
    ]);
    // A statement's day in the sentence of "until then" is not the "then" the speaker means.
    const kept = datesOf(
      'The museum reopens on 2 April. Its director said on Monday the shop stays shut until then.',
      '2024-03-13',
    );
    expect(kept.at(-1)).toMatchObject({ text: 'then', date: '2024-04-02' });
    expect(
      datesOf(
        'The museum reopens on 2 April. It said on Monday it was broke. By then, staff had left.',
        '2024-03-13',
      ).at(-1)?.date,
    ).toBe('2024-03-11');
    expect(datesOf('The index rose 2% to end the day at 8,017.', '2009-04-04')[0]).toMatchObject({
      text: 'the day',
      date: '2009-04-04',
      role: 'published',
    });
  });

  it('does not read fractions, "Sun" of a company name, or "sat" as dates', () => {
    expect(datesOf('The stock fell 7/8 to 12 3/4 as Sun Microsystems rose; they sat in a row.', '1989-10-30')).toEqual(
      [],
    );
  });

  it('reads "until 30 June" as the June ahead, and "Sunday hours" as no date', () => {
    expect(datesOf('The exhibition runs until 30 June at the city museum.', '2024-11-24')[0]?.date).toBe('2025-06-30');
    expect(datesOf('The shop keeps Sunday hours through the winter.', '2024-11-24')).toEqual([]);
  });
});
