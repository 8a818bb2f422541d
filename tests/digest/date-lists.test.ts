import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

// 2024-03-13 is a Wednesday.
const WEDNESDAY = '2024-03-13';
const datesOf = (text: string, published = WEDNESDAY) =>
  buildDigest(article(text, published)).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

describe('weekdays listed together', () => {
  it('a weekday listed after one ahead follows it, though a past verb comes after it', () => {
    expect(datesOf('Nurses will walk out on Thursday and Monday, their union announced.')).toEqual([
      ['on Thursday', '2024-03-14'],
      ['Monday', '2024-03-18'],
    ]);
    expect(datesOf('The museum will stay shut from Friday to Tuesday, its director said.')).toEqual([
      ['Friday', '2024-03-15'],
      ['Tuesday', '2024-03-19'],
    ]);
    // Both told in the past: each keeps its own reading.
    expect(datesOf('The side lost on Monday and drew on Tuesday, the club said.')).toEqual([
      ['on Monday', '2024-03-11'],
      ['on Tuesday', '2024-03-12'],
    ]);
  });
});

describe('a span of weekdays in a named week', () => {
  it('"from Tuesday to Friday next week": the week named at the end is the start’s too', () => {
    expect(datesOf('Repairs will close the bridge from Tuesday to Friday next week.')).toEqual([
      ['Tuesday', '2024-03-19'],
      ['Friday next week', '2024-03-22'],
    ]);
    expect(datesOf('The fair ran from Monday to Thursday last week.')).toEqual([
      ['Monday', '2024-03-04'],
      ['Thursday last week', '2024-03-07'],
    ]);
  });
});

describe('"the Monday before", "the Friday after" with nothing after it', () => {
  it('counts from the day the story last named', () => {
    expect(datesOf('The referendum, held on 14 May 2015, followed a rally the Sunday before.')).toEqual([
      ['on 14 May 2015', '2015-05-14'],
      ['Sunday', '2015-05-10'],
    ]);
    expect(datesOf('The ceasefire began on 2 March 2022; talks resumed the Friday after.')).toEqual([
      ['on 2 March 2022', '2022-03-02'],
      ['Friday', '2022-03-04'],
    ]);
    // The named day's own weekday: a week back.
    expect(datesOf('The vote came on 14 May 2015, a fortnight after a rally the Thursday before.')[1]?.[1]).toBe(
      '2015-05-07',
    );
  });
});

describe('days a past verb of calling off sets', () => {
  it('"cancelled all flights to the islands for Friday and Saturday" are the days ahead', () => {
    expect(datesOf('The airline cancelled all flights to the islands for Friday and Saturday.')).toEqual([
      ['Friday', '2024-03-15'],
      ['Saturday', '2024-03-16'],
    ]);
    expect(datesOf('The club cancelled its open day for Monday.')).toEqual([['Monday', '2024-03-18']]);
    expect(datesOf('The club cancelled its open day on Monday.')).toEqual([['on Monday', '2024-03-11']]);
  });
});

describe('a day a past verb of getting ready names as its object', () => {
  it('"braced for the busiest travel day of the year on Monday" is the Monday ahead', () => {
    expect(datesOf('Airlines braced for the busiest travel day of the year on Monday, as a storm moved east.')).toEqual(
      [['on Monday', '2024-03-18']],
    );
    // The storm is no day: the preparing may have been on Monday.
    expect(datesOf('Residents prepared for the storm on Monday.')).toEqual([['on Monday', '2024-03-11']]);
    expect(datesOf('Shoppers crowded stores for the busiest day of the year on Monday.')).toEqual([
      ['on Monday', '2024-03-11'],
    ]);
  });
});

describe('three or more days listed with one month', () => {
  const on = (text: string) =>
    buildDigest(article(text, '2025-03-12')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

  it('"15, 17 and 19 April" is three days, and the countdown goes to the first', () => {
    const text = 'Bus drivers will strike on 15, 17 and 19 April.';
    expect(on(text)).toEqual([
      ['15', '2025-04-15'],
      ['17', '2025-04-17'],
      ['19 April', '2025-04-19'],
    ]);
    expect(buildDigest(article(text, '2025-03-12')).keyDate).toMatchObject({
      date: '2025-04-15',
      label: 'Bus drivers will strike',
    });
  });

  it('"April 15, 17 and 19" is three days of this year, not 15 April 2017', () => {
    expect(on('The hearings will sit on April 15, 17 and 19.')).toEqual([
      ['April 15', '2025-04-15'],
      ['17', '2025-04-17'],
      ['19', '2025-04-19'],
    ]);
  });

  it('keeps a count after a day a count, and a year written out a year', () => {
    expect(on('On March 3, 45 people were hurt.')).toEqual([['March 3', '2025-03-03']]);
    expect(on('The pier closed on March 15, 2019 and never reopened.')).toEqual([['March 15, 2019', '2019-03-15']]);
  });
});

describe('a day after "from"', () => {
  const on = (text: string) => buildDigest(article(text, '2025-03-14')).dates.map((d) => [d.text, d.date]);
  it('"from 24 May" and "from 12 May" are those days, not an hour', () => {
    expect(on('The island ferry will run its summer timetable from 24 May.')).toEqual([['24 May', '2025-05-24']]);
    expect(on('The footpath is closed from 12 May until further notice.')).toEqual([['12 May', '2025-05-12']]);
  });
});

describe('a range of days that chrono reads as hours', () => {
  const on = (text: string) =>
    buildDigest(article(text, '2025-03-14')).dates.map((d) => [d.text.replace(/[,.]$/, ''), d.date]);

  it('"from 4 to 6 July" and "from 4 July to 6 July" start on the 4th, and the countdown goes there', () => {
    expect(on('The folk festival runs from 4 to 6 July on the common.')).toEqual([
      ['4', '2025-07-04'],
      ['6 July', '2025-07-06'],
    ]);
    expect(on('The folk festival runs from 4 July to 6 July.')).toEqual([
      ['4 July', '2025-07-04'],
      ['6 July', '2025-07-06'],
    ]);
    expect(buildDigest(article('The folk festival runs from 4 to 6 July.', '2025-03-14')).keyDate).toMatchObject({
      date: '2025-07-04',
      label: 'The folk festival runs',
    });
  });

  it('reads a bare number before "on" and a day as no time: "junctions 10 and 11 on 14 April"', () => {
    const text = 'The A14 will shut between junctions 10 and 11 on 14 April.';
    expect(on(text)).toEqual([['14 April', '2025-04-14']]);
    expect(buildDigest(article(text, '2025-03-14')).keyDate?.label).toBe(
      'The A14 will shut between junctions 10 and 11',
    );
  });

  it('keeps a time before a day a time: "from 11pm until 2am on Sunday" is Sunday', () => {
    expect(on('The bridge is shut from 11pm until 2am on Sunday.')).toEqual([['2am on Sunday', '2025-03-16']]);
  });
});
