import type { DateRecord, Timex } from './data.js';
import type { PredictedDate } from './chrono-dates.js';

/** Counts summed over documents. */
export interface DateCounts {
  gold: number;
  found: number;
  goldAfter: number;
  foundAfter: number;
  predicted: number;
  unplaced: number;
  judged: number;
  correct: number;
}

/** One failure, kept for --examples. */
export interface DateFailure {
  kind: 'missed' | 'wrong-day' | 'spurious';
  start: number;
  end: number;
  note: string;
}

/** All-zero counts to start a sum. */
export const zeroDateCounts = (): DateCounts => ({
  gold: 0,
  found: 0,
  goldAfter: 0,
  foundAfter: 0,
  predicted: 0,
  unplaced: 0,
  judged: 0,
  correct: 0,
});

/** Adds two sets of counts. */
export function addDateCounts(a: DateCounts, b: DateCounts): DateCounts {
  const out = zeroDateCounts();
  for (const k of Object.keys(out) as (keyof DateCounts)[]) out[k] = a[k] + b[k];
  return out;
}

type Placed = Timex & { start: number; end: number };
const placed = (t: Timex): t is Placed => typeof t.start === 'number' && typeof t.end === 'number';
const isFullDay = (t: Timex) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value ?? '');
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Recall of full-day DATE timexes (all, and after publication) and precision of judged predictions;
 * predictions from `annotatedEnd` on are not judged.
 */
export function measureDates(
  doc: DateRecord,
  preds: PredictedDate[],
  annotatedEnd = Number.POSITIVE_INFINITY,
): { counts: DateCounts; failures: DateFailure[] } {
  const c = zeroDateCounts();
  const failures: DateFailure[] = [];
  const timexes = doc.timexes.filter(placed);
  const days = timexes.filter(isFullDay);
  for (const g of days) {
    const after = (g.value ?? '') > doc.date.slice(0, 10);
    const hit = preds.some((p) => overlaps(p, g) && p.date === g.value);
    c.gold++;
    if (after) c.goldAfter++;
    if (hit) c.found++;
    if (hit && after) c.foundAfter++;
    if (!hit) {
      const near = preds.filter((p) => overlaps(p, g)).map((p) => p.date);
      failures.push({
        kind: 'missed',
        start: g.start,
        end: g.end,
        note: `gold ${g.value}${after ? ' (after publication)' : ''}; predicted here: ${near.join(', ') || 'nothing'}`,
      });
    }
  }
  c.predicted = preds.length;
  for (const p of preds) {
    // A date with no place in the text (e.g. the publication date itself) cannot be judged by position.
    if (!(p.end > p.start)) {
      c.unplaced++;
      continue;
    }
    if (p.start >= annotatedEnd) continue; // past the part of the text the annotators covered
    const onDay = days.filter((g) => overlaps(p, g));
    const onAny = timexes.some((g) => overlaps(p, g));
    if (onDay.length === 0 && onAny) continue; // on a week, month, duration or time: not judged
    c.judged++;
    if (onDay.some((g) => g.value === p.date)) c.correct++;
    else if (onDay[0])
      failures.push({
        kind: 'wrong-day',
        start: p.start,
        end: p.end,
        note: `predicted ${p.date}, gold ${onDay[0].value}`,
      });
    else
      failures.push({
        kind: 'spurious',
        start: p.start,
        end: p.end,
        note: `predicted ${p.date} where no time expression is annotated`,
      });
  }
  return { counts: c, failures };
}
