/**
 * 1. Digest build time at 1 KB … 1 MB (eval articles joined, each its own paragraph), beside a lead-3
 * baseline (sentence splitting only, first three) on the same text, alternating which runs first. Fresh
 * article ids defeat the digest cache; a separate check shows a repeated command hits it.
 */
import { readArticleFile } from '../../src/article/load.js';
import type { Article } from '../../src/article/types.js';
import { buildDigest, digestAt } from '../../src/digest/index.js';
import { splitSentences } from '../../src/digest/sentences.js';
import { joinedText, type EvalArticle } from './eval-text.js';
import { world, SEED_FILE } from './herald.js';
import { ratio, round, rounded, summarize, type Summary } from './stats.js';

export interface SizeResult {
  label: string;
  kb: number;
  iterations: number;
  digest: Summary;
  lead3: Summary;
  digestMsPerKB: number;
  lead3MsPerKB: number;
  /** Median digest time over median lead-3 time. */
  ratioToLead3: number;
}

export interface DigestBenchResult {
  sizes: SizeResult[];
  linearity: { perKB10: number; perKB1M: number; ratio: number; target: number; pass: boolean };
  seed: {
    kb: number;
    iterations: number;
    digest: Summary;
    lead3: Summary;
    ratioToLead3: number;
    targetMs: number;
    pass: boolean;
  };
  cache: Array<{ kb: number; firstMs: number; secondMs: number; speedup: number; sameObject: boolean }>;
  cacheViaBus: { kb: number; command: string; firstMs: number; secondMs: number; speedup: number; sameDigest: boolean };
  oneParagraph: { sizes: SizeResult[]; perKBRatio: number; note: string };
}

const lead3 = (text: string): string[] =>
  splitSentences(text)
    .slice(0, 3)
    .map((s) => s.text);

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function article(text: string, id: string, date = '2015-04-01'): Article {
  return { id, title: null, date, source: null, url: null, text, keyDate: null };
}

function measure(label: string, text: string, iterations: number, warmup: number): SizeResult {
  const kb = Buffer.byteLength(text) / 1024;
  for (let i = 0; i < warmup; i++) {
    buildDigest(article(text, `warm-${label}-${i}-${Math.random()}`));
    lead3(text);
  }
  const d: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < iterations; i++) {
    // A fresh id each time: a different content hash, so the cache never answers.
    const a = article(text, `bench-${label}-${i}-${Math.random()}`);
    if (i % 2 === 0) {
      b.push(time(() => lead3(text)));
      d.push(time(() => buildDigest(a)));
    } else {
      d.push(time(() => buildDigest(a)));
      b.push(time(() => lead3(text)));
    }
  }
  const digest = summarize(d);
  const base = summarize(b);
  return {
    label,
    kb: round(kb, 1),
    iterations,
    digest: rounded(digest, 3),
    lead3: rounded(base, 3),
    digestMsPerKB: round(digest.median / kb, 4),
    lead3MsPerKB: round(base.median / kb, 4),
    ratioToLead3: ratio(digest.median, base.median),
  };
}

export async function runDigestBench(
  articles: readonly EvalArticle[],
  quick: boolean,
  progress: (s: string) => void,
): Promise<DigestBenchResult> {
  // Warm the JIT on the seed before any figure is taken.
  const seedArticle = readArticleFile(SEED_FILE);
  for (let i = 0; i < (quick ? 20 : 50); i++) buildDigest({ ...seedArticle, id: `warm-seed-${i}` });

  const plan: Array<[string, number, number, number]> = quick
    ? [
        ['1 KB', 1024, 100, 5],
        ['10 KB', 10 * 1024, 30, 3],
        ['100 KB', 100 * 1024, 6, 1],
        ['1 MB', 1024 * 1024, 2, 0],
      ]
    : [
        ['1 KB', 1024, 300, 20],
        ['10 KB', 10 * 1024, 100, 5],
        ['100 KB', 100 * 1024, 20, 2],
        ['1 MB', 1024 * 1024, 6, 1],
      ];
  const sizes: SizeResult[] = [];
  for (const [label, bytes, iterations, warmup] of plan) {
    progress(`digest build ${label} × ${iterations}`);
    sizes.push(measure(label, joinedText(articles, bytes), iterations, warmup));
  }
  const at10 = sizes.find((s) => s.label === '10 KB');
  const at1M = sizes.find((s) => s.label === '1 MB');
  const perKB10 = at10?.digestMsPerKB ?? Number.NaN;
  const perKB1M = at1M?.digestMsPerKB ?? Number.NaN;
  const linRatio = round(perKB1M / perKB10, 2);

  progress('digest build: seed article');
  const seedIterations = quick ? 100 : 300;
  const sd: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < seedIterations; i++) {
    const a = { ...seedArticle, id: `seed-${i}-${Math.random()}` };
    sb.push(time(() => lead3(seedArticle.text)));
    sd.push(time(() => buildDigest(a)));
  }
  const seedDigest = summarize(sd);
  const seedBase = summarize(sb);

  progress('digest cache');
  const cache: DigestBenchResult['cache'] = [];
  for (const bytes of [10 * 1024, 1024 * 1024]) {
    const text = joinedText(articles, bytes);
    const a = article(text, `cache-${bytes}-${Math.random()}`);
    let first: unknown;
    let second: unknown;
    const firstMs = time(() => (first = buildDigest(a)));
    const secondMs = time(() => (second = buildDigest({ ...a })));
    cache.push({
      kb: round(Buffer.byteLength(text) / 1024, 1),
      firstMs: round(firstMs, 3),
      secondMs: round(secondMs, 3),
      speedup: round(firstMs / secondMs, 1),
      sameObject: first === second,
    });
  }
  const cacheViaBus = await busCache(articles);

  progress('digest build: one long paragraph');
  const onePlan: Array<[string, number, number]> = quick
    ? [
        ['10 KB, one paragraph', 10 * 1024, 3],
        ['30 KB, one paragraph', 30 * 1024, 2],
      ]
    : [
        ['10 KB, one paragraph', 10 * 1024, 6],
        ['50 KB, one paragraph', 50 * 1024, 3],
      ];
  const one = onePlan.map(([label, bytes, n]) => measure(label, joinedText(articles, bytes, ' '), n, 0));
  const first = one[0];
  const last = one[one.length - 1];
  return {
    sizes,
    linearity: { perKB10, perKB1M, ratio: linRatio, target: 1.5, pass: linRatio <= 1.5 },
    seed: {
      kb: round(Buffer.byteLength(seedArticle.text) / 1024, 1),
      iterations: seedIterations,
      digest: rounded(seedDigest, 3),
      lead3: rounded(seedBase, 3),
      ratioToLead3: ratio(seedDigest.median, seedBase.median),
      targetMs: 5,
      pass: seedDigest.median < 5,
    },
    cache,
    cacheViaBus,
    oneParagraph: {
      sizes: one,
      perKBRatio: first && last ? round(last.digestMsPerKB / first.digestMsPerKB, 2) : Number.NaN,
      note: 'the same eval articles joined with spaces instead of blank lines: one paragraph, as an article file without line breaks would be',
    },
  };
}

// A repeated /quotes through the real command bus on an unchanged 100 KB article file: the second
// answer comes from the digest cache (same DigestCore object).
async function busCache(articles: readonly EvalArticle[]): Promise<DigestBenchResult['cacheViaBus']> {
  const text = joinedText(articles, 100 * 1024);
  const w = await world({ seed: false, files: { '2015-04-01-big.txt': `date 2015-04-01\n${text}\n` } });
  try {
    const caller = { platform: 'bench', channelId: 'C1', userId: 'U1', canManage: false };
    const t1 = performance.now();
    await w.bus.run('quotes', { article: '2015-04-01-big' }, caller);
    const firstMs = performance.now() - t1;
    const big = await w.library.resolve('2015-04-01-big');
    const d1 = buildDigest(big);
    const t2 = performance.now();
    await w.bus.run('quotes', { article: '2015-04-01-big' }, caller);
    const secondMs = performance.now() - t2;
    const again = await w.library.resolve('2015-04-01-big');
    const sameDigest = d1 === buildDigest(again) && digestAt(again, new Date()).quotes === d1.quotes;
    return {
      kb: round(Buffer.byteLength(text) / 1024, 1),
      command: 'quotes',
      firstMs: round(firstMs, 3),
      secondMs: round(secondMs, 3),
      speedup: round(firstMs / secondMs, 1),
      sameDigest,
    };
  } finally {
    await w.close();
  }
}
