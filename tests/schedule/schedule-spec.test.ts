import { describe, expect, it } from 'vitest';
import { parseSchedule, parseTimeZone } from '../../src/schedule/schedule-spec.js';
import { UserError } from '../../src/errors.js';

describe('schedules', () => {
  it.each([
    ['daily 08:00', '0 8 * * *'],
    ['weekdays 07:30', '30 7 * * 1-5'],
    ['weekends 10:05', '5 10 * * 0,6'],
    ['hourly', '0 * * * *'],
    ['mon,thu 18:00', '0 18 * * 1,4'],
    ['mon-fri 18:00', '0 18 * * 1,2,3,4,5'],
    ['fri-mon 09:00', '0 9 * * 0,1,5,6'],
    ['Monday,Thursday 18:00', '0 18 * * 1,4'],
    ['tues,thurs,sat-sun 07:00', '0 7 * * 0,2,4,6'],
    ['Every 15 minutes', '*/15 * * * *'],
    ['0 8 * * 1-5', '0 8 * * 1-5'],
    ['0 * * * * *', '0 * * * * *'],
    ['30 0 8 * * 1-5', '30 0 8 * * 1-5'],
    // Times as people also write them.
    ['daily 8:00', '0 8 * * *'],
    ['daily 8am', '0 8 * * *'],
    ['weekdays 6:30 pm', '30 18 * * 1-5'],
    ['daily 12am', '0 0 * * *'],
    ['daily 12pm', '0 12 * * *'],
    ['every 6 hours', '0 */6 * * *'],
    ['every hour', '0 * * * *'],
    ['every 60 minutes', '0 * * * *'],
    // Everyday wording.
    ['daily at 8am', '0 8 * * *'],
    ['every day at 08:00', '0 8 * * *'],
    ['Every weekday at 7:30', '30 7 * * 1-5'],
    ['every Monday 9am', '0 9 * * 1'],
    ['Mondays and Thursdays 18:00', '0 18 * * 1,4'],
    ['mon, wed, fri 12:00', '0 12 * * 1,3,5'],
    ['monday to friday 17:30', '30 17 * * 1,2,3,4,5'],
    ['weekly fri 17:00', '0 17 * * 5'],
    ['weekly on Sunday at 10am', '0 10 * * 0'],
    ['monthly 1 09:00', '0 9 1 * *'],
    ['monthly on the 15th at 6pm', '0 18 15 * *'],
    // As word processors, phones, British and French writers type them.
    ['Mon–Fri 18:00', '0 18 * * 1,2,3,4,5'],
    ['mon—wed 9am', '0 9 * * 1,2,3'],
    ['daily 8.30am', '30 8 * * *'],
    ['8.30 pm', '30 20 * * *'],
    ['weekdays at 7.45', '45 7 * * 1-5'],
    ['daily 08h30', '30 8 * * *'],
    ['monthly last 17:00', '0 17 L * *'],
    ['monthly 08:00', '0 8 1 * *'],
    // A time alone is every day; noon and midnight as words; a 24-hour time without its colon.
    ['8am', '0 8 * * *'],
    ['at 07:15', '15 7 * * *'],
    ['daily at noon', '0 12 * * *'],
    ['weekdays at midnight', '0 0 * * 1-5'],
    ['daily 0800', '0 8 * * *'],
    ['weekly fri 1730', '30 17 * * 5'],
    // node-cron's own forms: the first Monday of the month, the last day.
    ['0 8 * * 1#1', '0 8 * * 1#1'],
    ['0 8 L * *', '0 8 l * *'],
  ])('reads %s as %s', (input, cron) => {
    expect(parseSchedule(input).cron).toBe(cron);
  });

  it.each([
    '',
    'daily',
    'daily 2400',
    '8',
    'daily 25:00',
    'daily 8:61',
    'someday 08:00',
    'monkey 08:00',
    'mo 08:00',
    'mon- 08:00',
    'mon-wed-fri 08:00',
    'every 7 minutes',
    'every 5 hours',
    'daily 13pm',
    'daily 0am',
    '61 * * * *',
    'rm -rf /',
    'now',
    'monthly 31 08:00',
    'monthly 0 08:00',
    'monthly',
    'weekly 08:00',
    'daily 5 08:00',
  ])('refuses %j with the accepted forms', (input) => {
    let err: unknown;
    try {
      parseSchedule(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('Accepted forms: daily 08:00');
  });

  it.each(['* * * * * *', '*/10 * * * * *', '0,30 * * * * *', '0-5 * * * * *', '*/1 0 8 * * *'])(
    'refuses %j: it would post more than once a minute',
    (input) => {
      expect(() => parseSchedule(input)).toThrow(UserError);
      expect(() => parseSchedule(input)).toThrow(
        /fires more than once a minute; Herald posts at most once a minute \(give one second, as in "0 \* \* \* \* \*", or use 5 fields\)/,
      );
    },
  );

  it('accepts IANA zones and refuses others', () => {
    expect(parseTimeZone(' Europe/Kyiv ')).toBe('Europe/Kyiv');
    expect(() => parseTimeZone('Mars/Olympus')).toThrow(/IANA/);
    expect(() => parseTimeZone('')).toThrow(UserError);
  });

  it('tells a bare hour what to write instead, not just that it is no schedule', () => {
    const why = (s: string) => {
      try {
        parseSchedule(s);
      } catch (err) {
        return (err as Error).message.replace(/ Accepted forms: .*/, '');
      }
      return 'accepted';
    };
    const seven = '"7" is not a time of day (write 07:00 or 19:00 in 24-hour HH:MM, or 7am or 7pm).';
    for (const s of ['every weekday at 7', 'daily 7', 'daily at 7', 'weekdays at 7', 'thu 7'])
      expect(why(s), s).toBe(seven);
    expect(why('every day at 12')).toBe(
      '"12" is not a time of day (write 00:00 or 12:00 in 24-hour HH:MM, or 12am or 12pm).',
    );
    expect(why('daily 21')).toBe('"21" is not a time of day (write 21:00 in 24-hour HH:MM).');
    // "monthly 20" may be the 20th: it is asked for a time, not told 20 is no time.
    expect(why('monthly 20')).toBe('"monthly 20" needs a time too, as in monthly 20 08:00 (day 20 at 08:00).');
    // "weekly" alone is asked for both, as "daily" alone is asked for a time.
    expect(why('weekly')).toBe('"weekly" needs a day and a time too, as in weekly fri 08:00.');
    expect(why('Weekly ')).toBe('"Weekly" needs a day and a time too, as in weekly fri 08:00.');
  });
});
