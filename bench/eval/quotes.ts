import { compromiseQuotes, compromiseStats } from './compromise-quotes.js';
import { readJsonl, toArticle, type QuoteRecord } from './data.js';
import { herald } from './herald.js';
import { addCounts, measureQuotes, zeroCounts, type QuoteCounts, type QuoteFailure } from './quote-measures.js';
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
  return span.length <= 160 ? `«${clip(span, 160)}»` : `«${clip(span.slice(0, 75), 80)} … ${clip(span.slice(-75), 80)}»`;
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
    out[`quotes: ${TITLES[kind]}`] = worst(failures.filter((x) => x.f.kind === kind), (x) => x.f.badness).map(({ id, text, f }) =>
      [`${id} (${f.badness})${f.note ? ` ${f.note}` : ''}`,
        ...(f.gold ? [`    gold [${f.gold.join(',')}]: ${ends(text, f.gold)}`] : []),
        ...(f.pred ? [`    pred [${f.pred.join(',')}]: ${ends(text, f.pred)}`] : [])].join('\n'));
  }
  return out;
}

/** Quotations and speakers on PolNeAR, Herald beside compromise's quotations(). */
export async function runQuotes(ctx: SuiteContext): Promise<SuiteResult> {
  const records = await readJsonl<QuoteRecord>(ctx.dataDir, 'quotes/polnear_dev.jsonl', ctx.limit);
  ctx.progress.begin('polnear', records.length);
  let mine = zeroCounts();
  let base = zeroCounts();
  const failures: { id: string; text: string; f: QuoteFailure }[] = [];
  for (const r of records) {
    const core = herald('polnear', toArticle(r.id, r.text, r.date, r.title));
    const ours = measureQuotes(r.text, r.quotes, core?.quotes ?? []);
    mine = addCounts(mine, ours.counts);
    failures.push(...ours.failures.map((f) => ({ id: r.id, text: r.text, f })));
    base = addCounts(base, measureQuotes(r.text, r.quotes, compromiseQuotes(r.text)).counts);
    ctx.progress.tick();
  }
  const h = figures(mine);
  const b = figures(base);
  const row = (label: string, key: keyof ReturnType<typeof figures>, baseline = true): Row =>
    ({ label, cells: [h[key] as number, baseline ? (b[key] as number) : null], format: 'pct' });
  const rows: Row[] = [
    { label: `quotes: PolNeAR (${records.length} articles, ${mine.gold} fully quoted)`, cells: ['Herald', 'compromise'], section: true },
    { ...row('exact-span precision', 'exactPrecision'), label: `exact-span precision (judged ${mine.judged} / ${base.judged})` },
    row('exact-span recall', 'exactRecall'),
    row('char precision (vs all gold)', 'charPrecision'),
    row('char recall (full gold)', 'charRecall'),
    { ...row('speaker accuracy', 'speakerAccuracy', false), label: `speaker accuracy (n=${mine.speakerGold})` },
    { ...row('speaker accuracy when found', 'speakerAccuracyWhenFound', false), label: `speaker accuracy when found (n=${mine.speakerFound})` },
  ];
  return {
    rows,
    figures: { polnear: { articles: records.length, herald: h, compromise: { ...b, located: compromiseStats } } },
    examples: examples(failures),
  };
}
