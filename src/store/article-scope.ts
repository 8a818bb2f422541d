import { type Param, placeholders, type SqlQueries } from './sql.js';
import type { ArticleMeta } from './types.js';

/**
 * The articles one community sees, as a condition on `articles` rows: every file, and the items the
 * sources given stored or carry (none: files only); `undefined`: every article.
 */
export function scope(sources: readonly string[] | undefined): { sql: string; params: Param[] } {
  if (sources === undefined) return { sql: 'TRUE', params: [] };
  if (sources.length === 0) return { sql: "kind = 'file'", params: [] };
  const marks = placeholders(sources);
  return {
    sql: `(kind = 'file' OR source_id IN (${marks})
      OR EXISTS (SELECT 1 FROM article_sources c WHERE c.article_id = articles.id AND c.source_id IN (${marks})))`,
    params: [...sources, ...sources],
  };
}

/**
 * How many articles the files and the sources given hold (`undefined`: every article), from the
 * counters (the files: every article less every source's), so no rows are counted.
 */
export async function countSeen(db: SqlQueries, sources: readonly string[] | undefined): Promise<number> {
  if (sources === undefined)
    return Number((await db.get<{ value: number }>(`SELECT value FROM counters WHERE name = 'articles'`))?.value ?? 0);
  const rows = await db.all<{ name: string; value: number }>(
    `SELECT name, value FROM counters WHERE name = 'articles' OR name LIKE 'source:%'`,
  );
  const named = new Set(sources.map((id) => `source:${id}`));
  let n = 0;
  for (const r of rows) {
    if (r.name === 'articles') n += Number(r.value);
    else if (!named.has(r.name)) n -= Number(r.value);
  }
  // And the stories these sources carry that a source not among them stored first: they are listed
  // (scope() takes them), so "N in all" counts them too, each once.
  if (sources.length > 0) {
    const marks = placeholders(sources);
    const carried = await db.get<{ n: number }>(
      `SELECT COUNT(DISTINCT c.article_id) AS n FROM article_sources c JOIN articles a ON a.id = c.article_id
        WHERE c.source_id IN (${marks}) AND a.source_id NOT IN (${marks})`,
      [...sources, ...sources],
    );
    n += Number(carried?.n ?? 0);
  }
  return Math.max(0, n);
}

/** Newest first, as the index orders them: publication date (undated last), then id. */
export function newestFirst(a: ArticleMeta, b: ArticleMeta): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * The sources given, or `undefined` (every article) when they include every source with articles in
 * the index: a community that sees them all (one Herald, one community) reads the index unfiltered.
 */
export async function narrowest(
  db: SqlQueries,
  sources: readonly string[] | undefined,
): Promise<readonly string[] | undefined> {
  if (sources === undefined) return undefined;
  const held = await db.all<{ name: string }>(`SELECT name FROM counters WHERE name LIKE 'source:%' AND value > 0`);
  const seen = new Set(sources);
  return held.every((r) => seen.has(r.name.slice('source:'.length))) ? undefined : sources;
}
