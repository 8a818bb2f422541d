/** Day arithmetic on YYYY-MM-DD strings, in UTC so that no local time zone leaks in. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2024-02-30). */
export function isIsoDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Days from a to b (b - a), both YYYY-MM-DD. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The calendar day of `now` in an IANA time zone, YYYY-MM-DD. Throws RangeError for an unknown zone. */
export function dayInZone(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The day `now` belongs to in a time zone when days start at `startHour` on the local clock rather
 * than at midnight, YYYY-MM-DD: 08:59 belongs to the day before. Read on the local clock, so the
 * night the clocks change moves the day's start with them (subtracting hours of real time would not).
 */
export function dayStartingAt(now: Date, timeZone: string, startHour: number): string {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
  const day = dayInZone(now, timeZone);
  return hour < startHour ? addDays(day, -1) : day;
}

/** True when the runtime knows this IANA time zone name. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.trim() !== '';
  } catch {
    return false;
  }
}

/**
 * The IANA name of a time zone the runtime knows, spelt as the database spells it: "europe/kyiv" →
 * "Europe/Kyiv", "utc" → "UTC". A name the runtime files under another one (its ICU may know Kyiv only
 * as Europe/Kiev) keeps the user's name, each word of it capitalised.
 */
export function canonicalTimeZone(tz: string): string {
  const t = tz.trim();
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: t }).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === t.toLowerCase()) return resolved;
  const listed = Intl.supportedValuesOf('timeZone').find((z) => z.toLowerCase() === t.toLowerCase());
  return listed ?? t.split('/').map(capitalizeZonePart).join('/');
}

// "kyiv" → "Kyiv". Only for names the runtime does not list, so a rare miss ("port_of_spain" would be
// Port_Of_Spain) is still a name it reads; short all-letter parts ("us", "utc") are abbreviations.
function capitalizeZonePart(part: string): string {
  const p = part.toLowerCase(); // "KYIV" and "kyiv" alike
  if (/^[a-z]{2,3}$/.test(p) && p !== 'etc') return p.toUpperCase();
  return p.replace(/(^|[_-])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** YYYY-MM-DD of a Date's UTC calendar fields. */
export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, n: number): string {
  return isoOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
}

/** The months' names in English, January first, lower case. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
