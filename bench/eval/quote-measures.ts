import type { GoldQuote } from './data.js';
import { countChars, namesSurname, paint, quotedRegions, surname, trimSpan } from './quote-spans.js';

/** A predicted quotation: a span of the article text and who said it. */
export interface PredictedQuote {
  start: number;
  end: number;
  speaker: string | null;
}

/** Counts summed over articles (micro-averaged), plus what went wrong, for examples. */
export interface QuoteCounts {
  gold: number;
  goldMatched: number;
  predicted: number;
  judged: number;
  judgedMatched: number;
  predChars: number;
  predCharsInGold: number;
  goldChars: number;
  goldCharsCovered: number;
  speakerGold: number;
  speakerFound: number;
  speakerCorrect: number;
}

/** One failure, with the spans involved, kept for --examples. */
export interface QuoteFailure {
  kind: 'boundary' | 'missed' | 'outside' | 'uncovered' | 'speaker';
  badness: number;
  gold?: [number, number];
  pred?: [number, number];
  note?: string;
}

const ZERO: QuoteCounts = {
  gold: 0,
  goldMatched: 0,
  predicted: 0,
  judged: 0,
  judgedMatched: 0,
  predChars: 0,
  predCharsInGold: 0,
  goldChars: 0,
  goldCharsCovered: 0,
  speakerGold: 0,
  speakerFound: 0,
  speakerCorrect: 0,
};

/** Adds two sets of counts. */
export function addCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return Object.fromEntries(
    Object.keys(ZERO).map((k) => [k, a[k as keyof QuoteCounts] + b[k as keyof QuoteCounts]]),
  ) as unknown as QuoteCounts;
}

/** All-zero counts to start a sum. */
export const zeroCounts = (): QuoteCounts => ({ ...ZERO });

const outer = (q: GoldQuote): [number, number] => [
  Math.min(...q.quote_spans.map((s) => s[0])),
  Math.max(...q.quote_spans.map((s) => s[1])),
];
const overlap = (a: [number, number], b: [number, number]) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

/** Measures one article's predicted quotes against its gold quotations (see shared/eval/README.md). */
export function measureQuotes(
  text: string,
  gold: GoldQuote[],
  preds: PredictedQuote[],
): { counts: QuoteCounts; failures: QuoteFailure[] } {
  const c = zeroCounts();
  const failures: QuoteFailure[] = [];
  const full = gold.filter((q) => q.fully_quoted && q.quote_spans.length > 0);
  const partial = gold.filter((q) => !q.fully_quoted && q.quote_spans.length > 0);
  const predSpans = preds.map((p): [number, number] => [p.start, p.end]);

  // Exact spans: both trimmed ends within 3 characters, each prediction used once.
  const used = new Set<number>();
  c.gold = full.length;
  for (const q of full) {
    const [gs, ge] = trimSpan(text, ...outer(q));
    const hit = preds.findIndex((p, i) => {
      const [ps, pe] = trimSpan(text, p.start, p.end);
      return !used.has(i) && Math.abs(ps - gs) <= 3 && Math.abs(pe - ge) <= 3;
    });
    if (hit >= 0) used.add(hit);
    else if (!predSpans.some((p) => overlap(p, outer(q)) > 0)) {
      failures.push({ kind: 'missed', badness: ge - gs, gold: outer(q) });
    }
  }
  c.goldMatched = used.size;
  c.predicted = preds.length;
  preds.forEach((p, i) => {
    const span: [number, number] = [p.start, p.end];
    const onFull = full.filter((q) => overlap(span, outer(q)) > 0);
    // A prediction that lands only on a partial ("mixed") quotation is not judged either way.
    if (onFull.length === 0 && partial.some((q) => overlap(span, outer(q)) > 0)) return;
    c.judged++;
    if (used.has(i)) c.judgedMatched++;
    else if (onFull[0]) {
      const [gs, ge] = trimSpan(text, ...outer(onFull[0]));
      const [ps, pe] = trimSpan(text, p.start, p.end);
      failures.push({
        kind: 'boundary',
        badness: Math.abs(ps - gs) + Math.abs(pe - ge),
        gold: outer(onFull[0]),
        pred: span,
      });
    }
  });

  // Characters: predictions without interruptions, against all gold (precision) and full gold (recall).
  const anyGold = new Uint8Array(text.length);
  const fullGold = new Uint8Array(text.length);
  for (const q of gold) for (const [s, e] of q.quote_spans) paint(anyGold, s, e);
  for (const q of full) for (const [s, e] of q.quote_spans) paint(fullGold, s, e);
  const predMask = new Uint8Array(text.length);
  for (const p of preds) {
    let outside = 0;
    for (const [s, e] of quotedRegions(text, p.start, p.end)) {
      paint(predMask, s, e);
      outside += countChars(text, s, e, (i) => anyGold[i] === 0);
    }
    if (outside > 0) failures.push({ kind: 'outside', badness: outside, pred: [p.start, p.end] });
  }
  c.predChars = countChars(text, 0, text.length, (i) => predMask[i] === 1);
  c.predCharsInGold = countChars(text, 0, text.length, (i) => predMask[i] === 1 && anyGold[i] === 1);
  c.goldChars = countChars(text, 0, text.length, (i) => fullGold[i] === 1);
  c.goldCharsCovered = countChars(text, 0, text.length, (i) => fullGold[i] === 1 && predMask[i] === 1);
  for (const q of full) {
    const missing = q.quote_spans.reduce((n, [s, e]) => n + countChars(text, s, e, (i) => predMask[i] === 0), 0);
    if (missing > 0) failures.push({ kind: 'uncovered', badness: missing, gold: outer(q) });
  }

  // Speakers: the prediction overlapping the quotation most must name the gold surname.
  for (const q of full) {
    const name = q.speaker && !q.speaker_is_pronoun ? surname(q.speaker) : null;
    if (!name) continue;
    c.speakerGold++;
    const scored = preds.map((p) => ({ p, o: q.quote_spans.reduce((n, s) => n + overlap([p.start, p.end], s), 0) }));
    const best = scored.reduce<{ p: PredictedQuote; o: number } | null>((b, x) => (x.o > (b?.o ?? 0) ? x : b), null);
    if (!best) continue;
    c.speakerFound++;
    if (namesSurname(best.p.speaker, name)) c.speakerCorrect++;
    else
      failures.push({
        kind: 'speaker',
        badness: 1,
        gold: outer(q),
        pred: [best.p.start, best.p.end],
        note: `gold "${q.speaker}" (${name}), predicted ${JSON.stringify(best.p.speaker)}`,
      });
  }
  return { counts: c, failures };
}
