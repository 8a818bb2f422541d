import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/index.js';
import { article } from '../helpers.js';

const digest = (text: string, date: string) => buildDigest(article(text, date));

describe('key date: a day no trains run or a road shuts is the notice’s event', () => {
  it('counts down to the strike day, not the talks after it', () => {
    const d = digest(
      'Train drivers will walk out in a dispute over pay. No services will run on Tuesday 8 December, the company said. Talks are due to resume on Monday.',
      '2026-11-27',
    );
    expect(d.dates.find((x) => x.date === '2026-12-08')?.role).toBe('event');
    expect(d.keyDate?.date).toBe('2026-12-08');
    expect(d.keyDate?.label).toBe('No services will run');
  });

  it('reads a closure ahead as an event', () => {
    const d = digest(
      'The road will shut at 9pm on Friday 8 January and reopen at 6am on Monday 11 January.',
      '2026-12-02',
    );
    expect(d.dates.map((x) => [x.date, x.role])).toEqual([
      ['2027-01-08', 'event'],
      ['2027-01-11', 'event'],
    ]);
  });

  it('keeps a day merely named beside a service a mention', () => {
    const d = digest('Services ran normally on the line, and the timetable changes on 14 December.', '2026-12-02');
    expect(d.dates[0]?.role).toBe('mention');
  });
});
