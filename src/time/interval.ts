/** The poll interval when a source gives none. */
export const DEFAULT_EVERY_MINUTES = 15;
const MAX_MINUTES = 7 * 24 * 60;

const UNITS: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
};

/**
 * A poll interval in whole minutes: a number of minutes, or text such as "15 minutes", "30m",
 * "1 hour", "2h", "1 day". Between 1 minute and 7 days. Null when it is none of these.
 */
export function parseInterval(v: string | number): number | null {
  let minutes: number;
  if (typeof v === 'number') minutes = v;
  else {
    const m = /^\s*(?:every\s+)?(\d+(?:\.\d+)?)?\s*([a-z]+)\s*$/i.exec(v) ?? /^\s*(\d+(?:\.\d+)?)\s*$/.exec(v);
    if (!m) return null;
    const unit = m[2] === undefined ? 1 : UNITS[m[2].toLowerCase()];
    if (unit === undefined) return null;
    minutes = Number(m[1] ?? 1) * unit;
  }
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
}

/** "15 minutes", "1 hour", "90 minutes", "1 day". */
export function formatInterval(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '1 day' : `${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
