import * as chrono from 'chrono-node';

/** A predicted date: where it is in the text and the day it names. */
export interface PredictedDate {
  start: number;
  end: number;
  date: string;
}

/** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" as a local Date, as chrono's own tests build references. */
export function localDate(iso: string): Date {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = (iso.match(/\d+/g) ?? []).map(Number);
  return new Date(y, mo - 1, d, h, mi);
}

const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');

/**
 * Plain `chrono.parse(text, ref)`. With `dayOnly`, only results whose day chrono calls known
 * (isCertain('day'): "21 November", "yesterday", "next week") or whose weekday is known
 * ("Friday") are kept: "March 2008" or "last year" name no day.
 */
export function chronoDates(text: string, ref: Date, dayOnly: boolean): PredictedDate[] {
  return chrono
    .parse(text, ref)
    .filter((r) => !dayOnly || r.start.isCertain('day') || r.start.isCertain('weekday'))
    .map((r) => ({
      start: r.index,
      end: r.index + r.text.length,
      // Components, not Date#toISOString: the day chrono means, whatever the process time zone.
      date: `${r.start.get('year')}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`,
    }));
}
