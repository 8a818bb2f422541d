import { validate } from 'node-cron';
import { isTimeZone } from '../time/calendar.js';
import { UserError } from '../errors.js';

export const SCHEDULE_FORMS =
  'daily 08:00 · weekdays 07:30 · weekends 10:00 · hourly · every 15 minutes · mon,thu 18:00 · mon-fri 18:00 · a cron expression such as "0 8 * * 1-5"';

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A schedule as node-cron runs it, with the words the user chose kept for display. */
export interface Schedule {
  cron: string;
  label: string;
}

/** Parses a friendly schedule or a node-cron expression. Throws UserError showing the accepted forms. */
export function parseSchedule(input: string): Schedule {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const fail = (why: string): never => {
    throw new UserError('bad-schedule', `${why}. Accepted forms: ${SCHEDULE_FORMS}`);
  };
  if (s === '') fail('The schedule is empty');
  if (s === 'hourly') return { cron: '0 * * * *', label: 'hourly' };
  const every = /^every (\d{1,2}) ?(?:minutes?|mins?|m)$/.exec(s);
  if (every) {
    const n = Number(every[1]);
    if (n < 1 || n > 59 || 60 % n !== 0) fail(`"every ${n} minutes" must divide the hour (1, 2, 3, 5, 10, 15, 20, 30)`);
    return { cron: n === 1 ? '* * * * *' : `*/${n} * * * *`, label: n === 1 ? 'every minute' : `every ${n} minutes` };
  }
  if (s === 'every minute') return { cron: '* * * * *', label: 'every minute' };
  const friendly = /^([a-z,-]+) (\d{1,2}):(\d{2})$/.exec(s);
  if (friendly) {
    const [, days = '', hh = '', mm = ''] = friendly;
    const hour = Number(hh);
    const minute = Number(mm);
    if (hour > 23 || minute > 59) fail(`"${hh}:${mm}" is not a time of day (use 24-hour HH:MM)`);
    const dow =
      dayField(days) ??
      fail(`"${days}" is not a day list (use daily, weekdays, weekends, or days like mon,thu or mon-fri)`);
    return { cron: `${minute} ${hour} * * ${dow}`, label: `${days} ${String(hour).padStart(2, '0')}:${mm}` };
  }
  const fields = s.split(' ');
  if (/^[\d*/,\-a-z ]+$/.test(s) && fields.length >= 5 && fields.length <= 6 && validate(s)) {
    // A seconds field that is not one second (*, */10, 0,30, 0-5) would post several times a minute.
    if (fields.length === 6 && !/^\d{1,2}$/.test(fields[0] ?? '')) {
      fail(
        `"${input.trim()}" fires more than once a minute; Herald posts at most once a minute (give one second, as in "0 * * * * *", or use 5 fields)`,
      );
    }
    return { cron: s, label: s };
  }
  return fail(`"${input.trim()}" is not a schedule`);
}

function dayField(days: string): string | null {
  if (days === 'daily' || days === 'everyday') return '*';
  if (days === 'weekdays') return '1-5';
  if (days === 'weekends') return '0,6';
  const list: number[] = [];
  for (const part of days.split(',')) {
    // A range ("mon-fri", "fri-sun") runs forward through the week, wrapping at Saturday.
    const [from, to, extra] = part.split('-').map(dayNumber);
    if (from === undefined || from === null || to === null || extra !== undefined) return null;
    for (let d = from; ; d = (d + 1) % 7) {
      list.push(d);
      if (to === undefined || d === to) break;
    }
  }
  return [...new Set(list)].sort((a, b) => a - b).join(',');
}

// "mon", "monday", "tues", "thurs"…: a whole day name or a start of it, at least three letters.
function dayNumber(word: string): number | null {
  if (word.length < 3) return null;
  const i = DAY_NAMES.findIndex((name) => name.startsWith(word));
  return i < 0 ? null : i;
}

/** Validates an IANA time zone name. Throws UserError. */
export function parseTimeZone(tz: string): string {
  const t = tz.trim();
  if (!isTimeZone(t)) {
    // "UTC+2": the fixed-offset names count the other way round (Etc/GMT-2 is two hours ahead of UTC).
    const offset = /^(?:UTC|GMT)([+-])(\d{1,2})$/i.exec(t);
    const fixed = offset ? `, or Etc/GMT${offset[1] === '+' ? '-' : '+'}${Number(offset[2])} for a fixed ${t}` : '';
    throw new UserError(
      'bad-timezone',
      `"${t}" is not a time zone. Use an IANA name such as Europe/Kyiv, America/New_York or UTC${fixed}`,
    );
  }
  return t;
}
