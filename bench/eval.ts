// `npm run eval`: the digest core against the human-annotated sets in shared/eval (see its README).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runDates } from './eval/dates.js';
import { coreStats } from './eval/herald.js';
import { Progress } from './eval/progress.js';
import { runQuotes } from './eval/quotes.js';
import type { SuiteContext, SuiteResult } from './eval/suite.js';
import { SPLIT_METHOD } from './eval/split.js';
import { runSummaries } from './eval/summaries.js';
import { renderTable } from './eval/table.js';

const USAGE = 'usage: npm run eval -- [--data DIR] [--only summaries|quotes|dates] [--limit N] [--examples]';
const here = dirname(fileURLToPath(import.meta.url));
const SUITES = { summaries: runSummaries, quotes: runQuotes, dates: runDates } as const;
// Written into eval.json so the figures can be read without this source at hand.
const METHOD = {
  split: `${SPLIT_METHOD}; rules and weights are tuned, and --examples shown, on the tune half only; the held-out half is the headline`,
  briefingModel:
    "logistic sentence scorer in src/digest/briefing-weights.json, fitted on the tune half only by bench/eval/fit-briefing.ts (5-fold CV over tune articles, among settings whose CNN/DM briefings are no longer than lead-3's)",
  rouge:
    'rouge-score tokenizer, Porter 1980 stems on tokens over 3 chars; F1 per article, averaged; rougeL = LCS over the whole text',
  textrank: 'tf-idf (smoothed idf, short stopword list, stemmed) cosine graph, PageRank d=0.85, top 3 in article order',
  bbcSentences:
    'briefing item -> sentence id by exact, normalised, else best Dice token overlap >= 0.5; P per item, R per reference id; macro-averaged',
  quotes:
    'exact: trimmed ends within 3 chars, fully_quoted gold; predictions landing only on partial gold not judged; chars exclude whitespace and quote marks; interrupted spans count only their quoted parts; speaker: fully_quoted gold whose name (before comma, party tag dropped) ends in a capitalised word',
  compromise: 'nlp(text).quotations().json({offset:true}), located by its text near the offset',
  chrono:
    'chrono.parse(text, noon of the publication day); kept when isCertain(day) or isCertain(weekday); relative cases: all results, reference with its time',
  dates:
    'gold = DATE timexes with YYYY-MM-DD values; publication day only for Herald (TBAQ has 17 dates with times); MEANTIME predictions past the 4th line not judged (annotation stops there)',
};

function options() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      only: { type: 'string' },
      limit: { type: 'string' },
      examples: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only ?? null;
  if (only !== null && !(only in SUITES)) throw new Error(`--only must be summaries, quotes or dates, not "${only}"`);
  const limit = values.limit === undefined ? null : Number(values.limit);
  if (limit !== null && !(Number.isInteger(limit) && limit > 0))
    throw new Error(`--limit must be a positive integer, not "${values.limit}"`);
  // The default is the sibling shared/eval checkout, wherever the command is run from.
  const dataDir = values.data ? resolve(values.data) : resolve(here, '..', '..', 'shared', 'eval');
  return { dataDir, limit, only: only as keyof typeof SUITES | null, examples: values.examples };
}

async function main(): Promise<void> {
  const opts = options();
  const progress = new Progress();
  const ctx: SuiteContext = { dataDir: opts.dataDir, limit: opts.limit, progress };
  const results: SuiteResult[] = [];
  for (const [name, run] of Object.entries(SUITES)) if (!opts.only || opts.only === name) results.push(await run(ctx));
  progress.finish();

  const seconds = progress.seconds;
  const run = {
    articles: progress.articles,
    seconds: Number(seconds.toFixed(2)),
    articlesPerSecond: Number((progress.articles / seconds).toFixed(2)),
    core: {
      digests: coreStats.digests,
      seconds: Number((coreStats.ms / 1000).toFixed(2)),
      articlesPerSecond: Number((coreStats.digests / (coreStats.ms / 1000)).toFixed(2)),
      byDataset: JSON.parse(
        JSON.stringify(coreStats.byDataset, (k, v: unknown) =>
          k === 'ms' && typeof v === 'number' ? Math.round(v * 10) / 10 : v,
        ),
      ) as unknown,
      errors: coreStats.errors,
    },
  };
  console.log(
    `Herald evaluation · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · data ${opts.dataDir}`,
  );
  console.log(
    `${run.articles} articles in ${run.seconds} s (${run.articlesPerSecond}/s overall; core alone ${run.core.articlesPerSecond}/s)` +
      (coreStats.errors.length ? ` · ${coreStats.errors.length} core errors` : ''),
  );
  console.log(
    'Each dev set is split by a hash of the article id: "held" is the held-out half (never tuned on, the headline),',
  );
  console.log('"tune" the half failures are looked at and weights fitted on; Δ is Herald held-out minus tune.');
  console.log('');
  console.log(renderTable(results.flatMap((r) => r.rows)));

  if (opts.examples) {
    process.stderr.write('\n(failure examples are from the tune half only)\n');
    for (const r of results) {
      for (const [title, items] of Object.entries(r.examples)) {
        process.stderr.write(`\n# ${title}\n${items.map((i) => `- ${i}`).join('\n') || '(none)'}\n`);
      }
    }
    for (const e of coreStats.errors.slice(0, 10))
      process.stderr.write(`core error ${e.dataset}/${e.id}: ${e.message}\n`);
  }

  // Figures only: failure examples quote the articles, which must not be copied into the project.
  const out = join(here, 'results', 'eval.json');
  await mkdir(dirname(out), { recursive: true });
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    options: { only: opts.only, limit: opts.limit },
    method: METHOD,
    run,
    figures: Object.assign({}, ...results.map((r) => r.figures)) as Record<string, unknown>,
  };
  await writeFile(`${out}.tmp`, `${JSON.stringify(json, null, 2)}\n`);
  await rename(`${out}.tmp`, out);
  process.stderr.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
  process.exit(2);
});
