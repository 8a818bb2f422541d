import { bootstrapInterval, formatInterval, type Share } from './bootstrap.js';
import { chronoDates, localDate, type PredictedDate } from './chrono-dates.js';
import { readJsonl, toArticle, type DateRecord } from './data.js';
import { addDateCounts, measureDates, zeroDateCounts, type DateCounts, type DateFailure } from './date-measures.js';
import { herald } from './herald.js';
import { halfOf, splitHeader, splitRow, type Half } from './split.js';
import { worst, type SuiteContext, type SuiteResult } from './suite.js';
import { clip, ratio, type Row } from './table.js';

// Documents carry a day only; chrono gets noon of it so "in 5 hours" stays on that day.
const noon = (day: string) => localDate(`${day}T12:00`);

function heraldDates(dataset: string, id: string, text: string, date: string, title: string | null): PredictedDate[] {
  return herald(dataset, toArticle(id, text, date, title))?.dates ?? [];
}

function figures(c: DateCounts) {
  return {
    recall: ratio(c.found, c.gold),
    recallAfter: ratio(c.foundAfter, c.goldAfter),
    precision: ratio(c.correct, c.judged),
    counts: c,
  };
}

function context(text: string, start: number, end: number): string {
  const before = clip(text.slice(Math.max(0, start - 60), start), 70);
  return `…${before} [${text.slice(start, end)}] ${clip(text.slice(end, end + 60), 70)}…`;
}

// MEANTIME annotates only the opening of each article: no timex in the corpus lies past the
// fourth line, and later "today"s and "Friday"s are not annotated, so they are not judged.
const FIRST_FOUR_LINES = (text: string) => text.split('\n').slice(0, 4).join('\n').length;
const WHOLE_TEXT = () => Number.POSITIVE_INFINITY;

// The held-out figures' 95% intervals, documents drawn again with replacement (bootstrap.ts).
const INTERVALS: [string, keyof DateCounts, keyof DateCounts][] = [
  ['held-out 95% interval: recall', 'found', 'gold'],
  ['held-out 95% interval: recall after publication', 'foundAfter', 'goldAfter'],
  ['held-out 95% interval: precision', 'correct', 'judged'],
];

async function runCorpus(
  ctx: SuiteContext,
  name: string,
  file: string,
  title: string,
  extent: (text: string) => number,
) {
  const docs = await readJsonl<DateRecord>(ctx.dataDir, file, ctx.limit);
  ctx.progress.begin(name, docs.length);
  const mine = { held: zeroDateCounts(), tune: zeroDateCounts() };
  const base = { held: zeroDateCounts(), tune: zeroDateCounts() };
  const failures: { id: string; text: string; f: DateFailure }[] = [];
  // Held-out documents' own counts, to show how far each figure could move with other articles.
  const heldDocs: { mine: DateCounts; base: DateCounts }[] = [];
  for (const d of docs) {
    const half = halfOf(d.id);
    const end = extent(d.text);
    // 17 TBAQ documents carry a time ("1999-02-06T06:22"); the core's Article takes the day only.
    const day = d.date.slice(0, 10);
    const ours = measureDates(d, heraldDates(name, d.id, d.text, day, d.title ?? null), end);
    mine[half] = addDateCounts(mine[half], ours.counts);
    // Failures are looked at on the tune half only: the held-out half stays unseen.
    if (half === 'tune') failures.push(...ours.failures.map((f) => ({ id: d.id, text: d.text, f })));
    const theirs = measureDates(d, chronoDates(d.text, noon(day), true), end).counts;
    base[half] = addDateCounts(base[half], theirs);
    if (half === 'held') heldDocs.push({ mine: ours.counts, base: theirs });
    ctx.progress.tick();
  }
  const h = { held: figures(mine.held), tune: figures(mine.tune) };
  const b = { held: figures(base.held), tune: figures(base.tune) };
  const row = (label: string, key: 'recall' | 'recallAfter' | 'precision'): Row =>
    splitRow(label, [h.held[key], b.held[key]], [h.tune[key], b.tune[key]]);
  const n = (half: Half) => docs.filter((x) => halfOf(x.id) === half).length;
  const rows: Row[] = [
    splitHeader(
      `${title} (${n('held')} + ${n('tune')} documents, ${mine.held.gold} + ${mine.tune.gold} full-day dates)`,
      ['Herald', 'chrono'],
    ),
    row('date recall', 'recall'),
    row(`date recall, after publication (n=${mine.held.goldAfter} / ${mine.tune.goldAfter})`, 'recallAfter'),
    row(`date precision (judged ${mine.held.judged} / ${mine.tune.judged})`, 'precision'),
    ...INTERVALS.map(([label, num, den]) => {
      const of = (who: 'mine' | 'base'): Share[] => heldDocs.map((x) => ({ num: x[who][num], den: x[who][den] }));
      return {
        label,
        cells: [formatInterval(bootstrapInterval(of('mine'))), formatInterval(bootstrapInterval(of('base')))],
      };
    }),
  ];
  const intervals = Object.fromEntries(
    INTERVALS.map(([label, num, den]) => [
      label,
      bootstrapInterval(heldDocs.map((x) => ({ num: x.mine[num], den: x.mine[den] }))),
    ]),
  );
  const examples: Record<string, string[]> = {};
  for (const kind of ['missed', 'wrong-day', 'spurious'] as const) {
    // Prefer failures after publication, the ones a countdown would get wrong.
    const pool = failures.filter((x) => x.f.kind === kind);
    examples[`${name} (tune half): ${kind}`] = worst(
      pool,
      (x) => (x.f.note.includes('after publication') ? 1 : 0),
      3,
    ).map(({ id, text, f }) => `${id} ${f.note}\n    ${context(text, f.start, f.end)}`);
  }
  const half = (k: Half) => ({ documents: n(k), herald: h[k], chrono: b[k] });
  return { rows, figures: { [name]: { held: half('held'), tune: half('tune'), heldInterval95: intervals } }, examples };
}

interface RelativeCase {
  id: string;
  date: string;
  text: string;
  timexes: { value: string }[];
}

async function runRelative(ctx: SuiteContext) {
  const cases = await readJsonl<RelativeCase>(ctx.dataDir, 'dates/chrono_en_relative_cases.jsonl', ctx.limit);
  ctx.progress.begin('chrono-relative', cases.length);
  const zero = () => ({ n: 0, herald: 0, chrono: 0 });
  const tallies = () => ({ all: zero(), timed: zero(), dateOnly: zero(), dayLevel: zero(), noDate: zero() });
  const tally = { held: tallies(), tune: tallies() };
  const wrong: string[] = [];
  for (const k of cases) {
    const half = halfOf(k.id);
    const t = tally[half];
    const expected = (k.timexes[0]?.value ?? '').slice(0, 10);
    // The core takes a publication day only: the time of day in a reference is dropped for Herald.
    const ours = heraldDates('chrono-relative', k.id, k.text, k.date.slice(0, 10), null);
    const okHerald = ours.some((d) => d.date === expected);
    const theirs = chronoDates(k.text, localDate(k.date), false);
    const okChrono = theirs.some((d) => d.date === expected);
    if (ours.length === 0) t.noDate.herald++;
    if (theirs.length === 0) t.noDate.chrono++;
    // Most misses are "this month" or "next quarter", which name no day: count day-level cases apart.
    const dayLevel = chronoDates(k.text, localDate(k.date), true).length > 0;
    for (const x of [t.all, k.date.length > 10 ? t.timed : t.dateOnly, ...(dayLevel ? [t.dayLevel] : [])]) {
      x.n++;
      if (okHerald) x.herald++;
      if (okChrono) x.chrono++;
    }
    // Day-level misses first: "this month" with no answer is the expected, by-design miss.
    if (!okHerald && half === 'tune')
      wrong[dayLevel ? 'unshift' : 'push'](
        `${k.id} ref ${k.date} "${k.text.trim()}" expected ${expected}, Herald ${ours.map((d) => d.date).join(', ') || 'nothing'}`,
      );
    ctx.progress.tick();
  }
  const acc = (x: { n: number; herald: number; chrono: number }) => [ratio(x.herald, x.n), ratio(x.chrono, x.n)];
  const row = (label: string, key: 'all' | 'timed' | 'dateOnly' | 'dayLevel'): Row =>
    splitRow(`${label} (n=${tally.held[key].n} / ${tally.tune[key].n})`, acc(tally.held[key]), acc(tally.tune[key]));
  const rows: Row[] = [
    splitHeader(`dates: chrono relative cases (${tally.held.all.n} + ${tally.tune.all.n})`, ['Herald', 'chrono']),
    row('day accuracy', 'all'),
    row('day accuracy, reference with a time', 'timed'),
    row('day accuracy, date-only reference', 'dateOnly'),
    row('day accuracy, cases chrono marks day-certain', 'dayLevel'),
    {
      label: 'cases with no date predicted',
      cells: [
        tally.held.noDate.herald,
        tally.held.noDate.chrono,
        '│',
        tally.tune.noDate.herald,
        tally.tune.noDate.chrono,
      ].map(String),
    },
  ];
  return {
    rows,
    figures: { chronoRelative: tally },
    examples: { 'chrono-relative (tune half): Herald wrong': wrong.slice(0, 12) },
  };
}

/** Date recall/precision on MEANTIME and TBAQ, and day accuracy on chrono's relative cases. */
export async function runDates(ctx: SuiteContext): Promise<SuiteResult> {
  const parts = [
    await runCorpus(ctx, 'meantime', 'dates/meantime_en_wikinews.jsonl', 'dates: MEANTIME Wikinews', FIRST_FOUR_LINES),
    await runCorpus(ctx, 'tbaq', 'dates/tbaq_dev.jsonl', 'dates: TBAQ', WHOLE_TEXT),
    await runRelative(ctx),
  ];
  return {
    rows: parts.flatMap((p) => p.rows),
    figures: Object.assign({}, ...parts.map((p) => p.figures)) as Record<string, unknown>,
    examples: Object.assign({}, ...parts.map((p) => p.examples)) as Record<string, string[]>,
  };
}
