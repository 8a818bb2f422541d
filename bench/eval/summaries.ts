import { readJsonl, toArticle, type SummaryRecord } from './data.js';
import { herald } from './herald.js';
import { rouge, type RougeScores } from './rouge.js';
import { matchSentence, sentencePR, type MatchKind } from './sentence-match.js';
import { byHalf, halfOf, splitHeader, splitRow, type Half } from './split.js';
import { worst, type SuiteContext, type SuiteResult } from './suite.js';
import { clip, mean, type Row } from './table.js';
import { textRank } from './textrank.js';

const SYSTEMS = ['herald', 'lead3', 'textrank'] as const;
type System = (typeof SYSTEMS)[number];

interface Scored extends RougeScores {
  words: number;
  items: number;
  precision?: number;
  recall?: number;
}

interface ArticleResult {
  id: string;
  bySystem: Record<System, Scored>;
  briefing: string[];
  lead: string[];
  unmatched: string[];
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

function score(picked: string[], ids: number[] | null, record: SummaryRecord): Scored {
  const text = picked.join(' ');
  const scored: Scored = { ...rouge(text, record.reference), words: words(text), items: picked.length };
  if (ids && record.reference_sentence_ids) Object.assign(scored, sentencePR(ids, record.reference_sentence_ids));
  return scored;
}

function evaluate(dataset: string, record: SummaryRecord, kinds: Record<MatchKind, number>): ArticleResult {
  const date = record.date ?? record.archive_date ?? null;
  const core = herald(dataset, toArticle(record.id, record.text, date, record.title ?? null));
  const briefing = core?.briefing ?? [];
  const { sentences } = record;
  const lead = sentences.slice(0, 3);
  const ranked = textRank(sentences);
  const withIds = record.reference_sentence_ids !== undefined;
  const matches = withIds ? briefing.map((item) => matchSentence(item, sentences)) : [];
  for (const m of matches) kinds[m.kind]++;
  return {
    id: record.id,
    briefing,
    lead,
    unmatched: briefing.filter((_, i) => matches[i]?.kind === 'none'),
    bySystem: {
      herald: score(briefing, withIds ? matches.map((m) => m.id) : null, record),
      lead3: score(lead, withIds ? lead.map((_, i) => i) : null, record),
      textrank: score(
        ranked.map((i) => sentences[i] ?? ''),
        withIds ? ranked : null,
        record,
      ),
    },
  };
}

function average(results: ArticleResult[], system: System): Record<string, number> {
  const pick = (f: (s: Scored) => number | undefined) =>
    mean(results.map((r) => f(r.bySystem[system])).filter((x): x is number => x !== undefined));
  return {
    r1: pick((s) => s.r1),
    r2: pick((s) => s.r2),
    rl: pick((s) => s.rl),
    words: pick((s) => s.words),
    items: pick((s) => s.items),
    precision: pick((s) => s.precision),
    recall: pick((s) => s.recall),
  };
}

async function runDataset(ctx: SuiteContext, name: string, file: string, title: string): Promise<SuiteResult> {
  const records = await readJsonl<SummaryRecord>(ctx.dataDir, file, ctx.limit);
  ctx.progress.begin(name, records.length);
  const kinds: Record<Half, Record<MatchKind, number>> = {
    held: { exact: 0, normalised: 0, overlap: 0, none: 0 },
    tune: { exact: 0, normalised: 0, overlap: 0, none: 0 },
  };
  const results = records.map((record) => {
    const result = evaluate(name, record, kinds[halfOf(record.id)]);
    ctx.progress.tick();
    return result;
  });
  const halves = byHalf(results, (r) => r.id);
  const recordHalves = byHalf(records, (r) => r.id);
  const avg = (half: Half) =>
    Object.fromEntries(SYSTEMS.map((s) => [s, average(halves[half], s)])) as Record<System, Record<string, number>>;
  const byH = { held: avg('held'), tune: avg('tune') };
  const refWords = (rs: SummaryRecord[]) => mean(rs.map((r) => words(r.reference)));
  const hasIds = records.some((r) => r.reference_sentence_ids);
  const row = (label: string, key: string, format: Row['format'] = 'pct'): Row =>
    splitRow(
      label,
      SYSTEMS.map((s) => byH.held[s][key] ?? null),
      SYSTEMS.map((s) => byH.tune[s][key] ?? null),
      format,
    );
  const rows: Row[] = [
    splitHeader(`${title} (${halves.held.length} held-out + ${halves.tune.length} tune articles)`, [
      'Herald',
      'lead-3',
      'TextRank',
    ]),
    row('ROUGE-1 F1', 'r1'),
    row('ROUGE-2 F1', 'r2'),
    row('ROUGE-L F1', 'rl'),
    row(
      `words per summary (reference ${refWords(recordHalves.held).toFixed(1)} / ${refWords(recordHalves.tune).toFixed(1)})`,
      'words',
      'num',
    ),
    row('sentences per summary', 'items', 'num'),
  ];
  if (hasIds) rows.push(row('sentence precision', 'precision'), row('sentence recall', 'recall'));
  // Failures are looked at on the tune half only: the held-out half stays unseen.
  const tune = halves.tune;
  const gap = (r: ArticleResult) => r.bySystem.lead3.r2 - r.bySystem.herald.r2;
  const examples: Record<string, string[]> = {
    [`${name} (tune half): Herald furthest below lead-3 on ROUGE-2`]: worst(tune, gap).map(
      (r) =>
        `${r.id} R2 ${(r.bySystem.herald.r2 * 100).toFixed(1)} vs ${(r.bySystem.lead3.r2 * 100).toFixed(1)}\n` +
        `    Herald: ${clip(r.briefing.join(' | '), 300)}\n    lead-3: ${clip(r.lead.join(' | '), 300)}`,
    ),
  };
  if (hasIds) {
    examples[`${name} (tune half): briefing items matching no article sentence`] = tune
      .flatMap((r) => r.unmatched.map((u) => `${r.id}: ${clip(u, 200)}`))
      .slice(0, 3);
  }
  const figures = (half: Half) => ({
    articles: halves[half].length,
    referenceWords: refWords(recordHalves[half]),
    ...byH[half],
    ...(hasIds ? { briefingMatches: kinds[half] } : {}),
  });
  return { rows, figures: { [name]: { held: figures('held'), tune: figures('tune') } }, examples };
}

/** Briefing quality on CNN/DM (ROUGE) and BBC (ROUGE and reference-sentence precision/recall). */
export async function runSummaries(ctx: SuiteContext): Promise<SuiteResult> {
  const parts = [
    await runDataset(ctx, 'cnndm', 'summaries/cnndm_dev.jsonl', 'summaries: CNN/DM'),
    await runDataset(ctx, 'bbc', 'summaries/bbc_news_extractive.jsonl', 'summaries: BBC extractive'),
  ];
  return {
    rows: parts.flatMap((p) => p.rows),
    figures: Object.assign({}, ...parts.map((p) => p.figures)) as Record<string, unknown>,
    examples: Object.assign({}, ...parts.map((p) => p.examples)) as Record<string, string[]>,
  };
}
