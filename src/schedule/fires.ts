import { createTask } from 'node-cron';
import type { Subscription } from '../store/types.js';

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/**
 * The subscriptions whose schedule passed a slot since their last fire (while the bot was down), each
 * with the first slot missed; paused ones and ones never fired yet have none.
 */
export function missedFires<S extends Subscription>(subs: readonly S[], now: Date): Array<{ s: S; due: Date }> {
  // Channels on one schedule in one zone share its fires. Taken in order of their last fire, the
  // first fire after one channel's last is also the next one's, unless that channel fired after it:
  // a thousand channels on "daily 08:00" cost a scan or two, not a thousand.
  const groups = new Map<string, Array<{ s: S; t: number }>>();
  for (const s of subs) {
    if (s.pausedReason !== null || s.lastFireAt === null) continue;
    const key = `${s.cron}\u0000${s.timeZone}`;
    const group = groups.get(key) ?? [];
    // A schedule changed since its last fire counts from the change: its slots before were never due.
    group.push({ s, t: Math.max(Date.parse(s.lastFireAt), s.scheduleFrom ? Date.parse(s.scheduleFrom) : 0) });
    groups.set(key, group);
  }
  const dues = new Map<S, Date>();
  for (const group of groups.values()) {
    let known: { from: number; fire: Date | null } | null = null;
    for (const { s, t } of group.sort((a, b) => a.t - b.t)) {
      if (!known || (known.fire !== null && t >= known.fire.getTime()))
        known = { from: t, fire: firesBetween(s.cron, s.timeZone, new Date(t), now, 1)[0] ?? null };
      if (known.fire) dues.set(s, known.fire);
    }
  }
  return subs.flatMap((s) => {
    const due = dues.get(s);
    return due ? [{ s, due }] : [];
  });
}

/**
 * The instants in (from, to] at which a cron schedule fires in a time zone, minute by minute,
 * using node-cron's own matcher so the answer agrees with what the live task does (DST included).
 */
export function firesBetween(cron: string, timeZone: string, from: Date, to: Date, limit = 1000): Date[] {
  const task = createTask(cron, () => {}, { timezone: timeZone });
  // A six-field schedule fires at one second of its minutes (/subscribe allows no more often): that second.
  const fields = cron.trim().split(/\s+/);
  const second = fields.length === 6 && /^\d{1,2}$/.test(fields[0] ?? '') ? Number(fields[0]) * 1000 : 0;
  const residue = quarterResidue(fields[fields.length === 6 ? 1 : 0] ?? '*');
  const step = residue === null ? 1 : 15;
  const out: Date[] = [];
  const end = Math.floor(to.getTime() / MINUTE) * MINUTE;
  let t = Math.max(Math.floor(from.getTime() / MINUTE) * MINUTE, end - lookaheadDays(cron) * DAY_MINUTES * MINUTE);
  // Every zone's offset is whole quarter hours, so a local minute m falls on UTC minutes ≡ m (mod 15).
  if (residue !== null) t += ((((residue - t / MINUTE) % 15) + 15) % 15) * MINUTE;
  for (; t <= end && out.length < limit; t += step * MINUTE) {
    const at = t + second;
    if (
      at > from.getTime() &&
      at <= to.getTime() &&
      task.match(new Date(at)) &&
      tasksInstant(wallAsUtc(at, timeZone), timeZone) === at
    )
      out.push(new Date(at));
  }
  void task.destroy();
  return out;
}

/** The last instant at or before `now` at which a schedule fired in a zone (within lookaheadDays), or null. */
export function lastSlot(cron: string, timeZone: string, now: Date): Date | null {
  return firesBetween(cron, timeZone, new Date(0), now, Number.POSITIVE_INFINITY).at(-1) ?? null;
}

/**
 * How many days firesBetween looks through at most. A schedule at fixed minutes of the hour (every
 * friendly form: daily, weekly, monthly, hourly) is checked four times an hour, so a month is cheap:
 * a monthly digest missed in an outage still gets its catch-up. Others are checked every minute, for
 * eight days. A longer outage still gets only one catch-up post.
 */
export function lookaheadDays(cron: string): number {
  const fields = cron.trim().split(/\s+/);
  return quarterResidue(fields[fields.length === 6 ? 1 : 0] ?? '*') === null ? 8 : 32;
}

// The minute field's minutes modulo 15 when they are all one ("0", "30", "0,30", "*/15"), else null.
function quarterResidue(field: string): number | null {
  const minutes = /^\*\/(?:15|30)$/.test(field) ? [0] : /^\d{1,2}(?:,\d{1,2})*$/.test(field) ? field.split(',') : null;
  const residues = new Set(minutes?.map((m) => Number(m) % 15));
  return residues.size === 1 ? ([...residues][0] ?? null) : null;
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

// The local date and time of an instant in a zone, to the second.
function wallClock(at: number, timeZone: string): string {
  let f = wallClocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClocks.set(timeZone, f);
  }
  return f.format(new Date(at));
}

// The local clock at an instant read as if it were UTC: the instant plus the zone's offset then.
function wallAsUtc(at: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, sec = 0] = wallClock(at, timeZone).split(/\D+/).map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, sec);
}

/**
 * The instant node-cron's task fires for a local time (read as UTC): a local time read twice (the
 * hour, or half hour, the clocks go back) fires once, at the pass node-cron turns it into. It takes the
 * zone's offset at the local time read as UTC: in the Americas the first pass, in London, Berlin or
 * Lord Howe the second. Worked out the same way here, so /status's next post and the catch-up at
 * start name the fire the live task runs (a restart between the two passes fires once).
 */
function tasksInstant(local: number, timeZone: string): number {
  const offset = (t: number) => wallAsUtc(t, timeZone) - t;
  const first = local - offset(local);
  if (offset(first) === offset(local)) return first;
  const second = local - offset(first);
  if (wallAsUtc(first, timeZone) === local) return first;
  if (wallAsUtc(second, timeZone) === local) return second;
  return Math.max(first, second);
}
