import { createTask } from 'node-cron';

const MINUTE = 60_000;
/** How far back a missed fire is looked for: a longer outage still gets only one catch-up post. */
const MAX_LOOKBACK_MINUTES = 8 * 24 * 60;

/**
 * The instants in (from, to] at which a cron schedule fires in a time zone, minute by minute,
 * using node-cron's own matcher so the answer agrees with what the live task does (DST included).
 */
export function firesBetween(cron: string, timeZone: string, from: Date, to: Date, limit = 1000): Date[] {
  const task = createTask(cron, () => {}, { timezone: timeZone });
  // A six-field schedule fires at one second of its minutes (/subscribe allows no more often): that second.
  const fields = cron.trim().split(/\s+/);
  const second = fields.length === 6 && /^\d{1,2}$/.test(fields[0] ?? '') ? Number(fields[0]) * 1000 : 0;
  const out: Date[] = [];
  const end = Math.floor(to.getTime() / MINUTE) * MINUTE;
  let t = Math.max(Math.floor(from.getTime() / MINUTE) * MINUTE, end - MAX_LOOKBACK_MINUTES * MINUTE);
  for (; t <= end && out.length < limit; t += MINUTE) {
    const at = t + second;
    if (at > from.getTime() && at <= to.getTime() && task.match(new Date(at))) out.push(new Date(at));
  }
  void task.destroy();
  return out;
}
