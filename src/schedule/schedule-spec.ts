import { validate } from 'node-cron';
import { canonicalTimeZone, isTimeZone } from '../time/calendar.js';
import { UserError } from '../errors.js';
import { plainSchedule, singularDay } from './schedule-words.js';

export const SCHEDULE_FORMS =
  'daily 08:00 · weekdays 07:30 · weekends 10:00 · daily 6pm · hourly · every 15 minutes · every 6 hours · mon,thu 18:00 · mon-fri 18:00 · weekly fri 17:00 · monthly 1 09:00 · a cron expression such as "0 8 * * 1-5"';

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
  if (s === 'hourly' || s === 'every hour' || s === 'every 60 minutes') return { cron: '0 * * * *', label: 'hourly' };
  const every = /^every (\d{1,2}) ?(?:minutes?|mins?|m)$/.exec(s);
  if (every) {
    const n = Number(every[1]);
    if (n < 1 || n > 59 || 60 % n !== 0)
      fail(`"every ${n} minutes" must divide the hour (1, 2, 3, 5, 10, 15, 20, 30), or use hourly`);
    return { cron: n === 1 ? '* * * * *' : `*/${n} * * * *`, label: n === 1 ? 'every minute' : `every ${n} minutes` };
  }
  if (s === 'every minute') return { cron: '* * * * *', label: 'every minute' };
  const hours = /^every (\d{1,2}) ?(?:hours?|hrs?|h)$/.exec(s);
  if (hours) {
    const n = Number(hours[1]);
    if (n < 1 || n > 12 || 24 % n !== 0) fail(`"every ${n} hours" must divide the day (1, 2, 3, 4, 6, 8, 12)`);
    return n === 1 ? { cron: '0 * * * *', label: 'hourly' } : { cron: `0 */${n} * * *`, label: `every ${n} hours` };
  }
  const plain = plainSchedule(s);
  const friendly = /^([a-z,-]+)(?: (\d{1,2}|last))? (\d{1,2})(?::(\d{2}))? ?(am|pm|a\.m\.|p\.m\.)?$/.exec(plain);
  if (friendly && (friendly[4] !== undefined || friendly[5] !== undefined)) {
    const [, days = '', date, hh = '', mm = '00', half] = friendly;
    const minute = Number(mm);
    const given = `${hh}${friendly[4] === undefined ? '' : `:${mm}`}${half ?? ''}`;
    const hour = half ? twelveHour(Number(hh), half.startsWith('p')) : Number(hh);
    if (hour === null || hour > 23 || minute > 59) fail(`"${given}" is not a time of day (use 24-hour HH:MM, or 8am)`);
    const at = `${String(hour).padStart(2, '0')}:${mm}`;
    if (days === 'monthly') {
      // The 29th to 31st are missing from some months; node-cron would skip those months silently.
      const n = date === 'last' ? 'L' : Number(date ?? 1);
      if (n !== 'L' && (n < 1 || n > 28)) fail(`"monthly ${date}" needs a day of the month 1–28, or last`);
      return {
        cron: `${minute} ${hour} ${n} * *`,
        label: `monthly on ${n === 'L' ? 'the last day' : `day ${n}`} ${at}`,
      };
    }
    const dow =
      (date === undefined ? dayField(days) : null) ??
      fail(`"${days}" is not a day list (use daily, weekdays, weekends, days like mon,thu or mon-fri, or weekly fri)`);
    return { cron: `${minute} ${hour} * * ${dow}`, label: `${days} ${at}` };
  }
  // A bare hour ("daily 7") is not taken as a time: 7 may mean 07:00 or 19:00, and "monthly 17" may
  // be the 17th. It gets the hint for that instead of the generic refusal.
  if (friendly && (friendly[1] === 'monthly' || dayField(friendly[1] ?? '') !== null)) {
    const [, days, date, hh = ''] = friendly;
    if (days === 'monthly' && date === undefined)
      fail(`"${input.trim()}" needs a time too, as in monthly ${hh} 08:00 (day ${hh} at 08:00)`);
    fail(`"${hh}" is not a time of day (${bareHourHint(Number(hh))})`);
  }
  if (plain === 'weekly') fail(`"${input.trim()}" needs a day and a time too, as in weekly fri 08:00`);
  if (/^[a-z,-]+$/.test(plain) && (plain === 'monthly' || dayField(plain) !== null))
    fail(`"${input.trim()}" needs a time too, as in ${plain === 'monthly' ? 'monthly 1' : plain} 08:00`);
  const fields = s.split(' ');
  // Characters of node-cron's fields: numbers, names, ranges, steps, lists, and L, ? and # ("1#1": the first Monday).
  if (/^[\d*/,\-a-z#? ]+$/.test(s) && fields.length >= 5 && fields.length <= 6 && validate(s)) {
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

// What to write instead of a bare hour: both readings of 1–12, the 24-hour form of the rest.
function bareHourHint(h: number): string {
  const two = (n: number) => `${String(n).padStart(2, '0')}:00`;
  if (h >= 1 && h <= 12) return `write ${two(h % 12)} or ${two((h % 12) + 12)} in 24-hour HH:MM, or ${h}am or ${h}pm`;
  if (h <= 23) return `write ${two(h)} in 24-hour HH:MM`;
  return 'use 24-hour HH:MM, or 8am';
}

// "8am" is 08:00, "12am" midnight, "12pm" noon; "13pm" is no time.
function twelveHour(h: number, pm: boolean): number | null {
  if (h < 1 || h > 12) return null;
  return (h % 12) + (pm ? 12 : 0);
}

function dayField(days: string): string | null {
  if (days === 'daily' || days === 'everyday') return '*';
  if (days === 'weekdays') return '1-5';
  if (days === 'weekends') return '0,6';
  const list: number[] = [];
  for (const part of days.split(',')) {
    // A range ("mon-fri", "fri-sun") runs forward through the week, wrapping at Saturday.
    const [from, to, extra] = part.split('-').map(singularDay).map(dayNumber);
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

/** Validates an IANA time zone name and returns it as the database spells it ("europe/kyiv" → "Europe/Kyiv"). Throws UserError. */
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
  return canonicalTimeZone(t);
}
