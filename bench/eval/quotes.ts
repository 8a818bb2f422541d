import { compromiseQuotes, compromiseStats } from './compromise-quotes.js';
import { readJsonl, toArticle, type QuoteRecord } from './data.js';
import { herald } from './herald.js';
import { addCounts, measureQuotes, zeroCounts, type QuoteCounts, type QuoteFailure } from './quote-measures.js';
import { halfOf, splitHeader, splitRow, type Half } from './split.js';
import { worst, type SuiteContext, type SuiteResult } from './suite.js';
import { clip, ratio, type Row } from './table.js';

function figures(c: QuoteCounts) {
  return {
    exactPrecision: ratio(c.judgedMatched, c.judged),
    exactRecall: ratio(c.goldMatched, c.gold),
    charPrecision: ratio(c.predCharsInGold, c.predChars),
    charRecall: ratio(c.goldCharsCovered, c.goldChars),
    speakerAccuracy: ratio(c.speakerCorrect, c.speakerGold),
    speakerAccuracyWhenFound: ratio(c.speakerCorrect, c.speakerFound),
    counts: c,
  };
}

// Long spans are shown by both ends, since the ends are what is being judged.
function ends(text: string, [s, e]: [number, number]): string {
  const span = text.slice(s, e);
  return span.length <= 160
    ? `«${clip(span, 160)}»`
    : `«${clip(span.slice(0, 75), 80)} … ${clip(span.slice(-75), 80)}»`;
}

const TITLES: Record<QuoteFailure['kind'], string> = {
  boundary: 'exact span: predicted quotes overlapping a full gold quote with the worst ends',
  missed: 'exact span recall: longest full gold quotes with no predicted quote at all',
  outside: 'char precision: predicted quotes with most characters outside every gold quotation',
  uncovered: 'char recall: gold quotes with most characters not covered',
  speaker: 'speaker: wrong speaker on the best-overlapping predicted quote',
};

function examples(failures: { id: string; text: string; f: QuoteFailure }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const kind of Object.keys(TITLES) as QuoteFailure['kind'][]) {
    out[`quotes (tune half): ${TITLES[kind]}`] = worst(
      failures.filter((x) => x.f.kind === kind),
      (x) => x.f.badness,
    ).map(({ id, text, f }) =>
      [
        `${id} (${f.badness})${f.note ? ` ${f.note}` : ''}`,
        ...(f.gold ? [`    gold [${f.gold.join(',')}]: ${ends(text, f.gold)}`] : []),
        ...(f.pred ? [`    pred [${f.pred.join(',')}]: ${ends(text, f.pred)}`] : []),
      ].join('\n'),
    );
  }
  return out;
}

/** Quotations and speakers on PolNeAR, Herald beside compromise's quotations(), for each half. */
export async function runQuotes(ctx: SuiteContext): Promise<SuiteResult> {
  const records = await readJsonl<QuoteRecord>(ctx.dataDir, 'quotes/polnear_dev.jsonl', ctx.limit);
  ctx.progress.begin('polnear', records.length);
  const mine = { held: zeroCounts(), tune: zeroCounts() };
  const base = { held: zeroCounts(), tune: zeroCounts() };
  const failures: { id: string; text: string; f: QuoteFailure }[] = [];
  for (const r of records) {
    const half = halfOf(r.id);
    const core = herald('polnear', toArticle(r.id, r.text, r.date, r.title));
    const ours = measureQuotes(r.text, r.quotes, core?.quotes ?? []);
    mine[half] = addCounts(mine[half], ours.counts);
    // Failures are looked at on the tune half only: the held-out half stays unseen.
    if (half === 'tune') failures.push(...ours.failures.map((f) => ({ id: r.id, text: r.text, f })));
    base[half] = addCounts(base[half], measureQuotes(r.text, r.quotes, compromiseQuotes(r.text)).counts);
    ctx.progress.tick();
  }
  const h = { held: figures(mine.held), tune: figures(mine.tune) };
  const b = { held: figures(base.held), tune: figures(base.tune) };
  const row = (label: string, key: keyof ReturnType<typeof figures>, baseline = true): Row =>
    splitRow(
      label,
      [h.held[key] as number, baseline ? (b.held[key] as number) : null],
      [h.tune[key] as number, baseline ? (b.tune[key] as number) : null],
    );
  const n = (half: Half) => records.filter((r) => halfOf(r.id) === half).length;
  const rows: Row[] = [
    splitHeader(
      `quotes: PolNeAR (${n('held')} + ${n('tune')} articles, ${mine.held.gold} + ${mine.tune.gold} fully quoted)`,
      ['Herald', 'compromise'],
    ),
    row(`exact-span precision (judged ${mine.held.judged} / ${mine.tune.judged})`, 'exactPrecision'),
    row('exact-span recall', 'exactRecall'),
    row('char precision (vs all gold)', 'charPrecision'),
    row('char recall (full gold)', 'charRecall'),
    row(`speaker accuracy (n=${mine.held.speakerGold} / ${mine.tune.speakerGold})`, 'speakerAccuracy', false),
    row(
      `speaker accuracy when found (n=${mine.held.speakerFound} / ${mine.tune.speakerFound})`,
      'speakerAccuracyWhenFound',
      false,
    ),
  ];
  const half = (k: Half) => ({ articles: n(k), herald: h[k], compromise: b[k] });
  return {
    rows,
    figures: { polnear: { held: half('held'), tune: half('tune'), compromiseLocated: compromiseStats } },
    examples: examples(failures),
  };
}
