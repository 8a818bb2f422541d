import type { Param, SqlDriver, SqlQueries } from './sql.js';

/**
 * Records that `sourceId` carries an article another source stored first, and moves the article to
 * the end of the ingestion order, so the channels that take only this source find it past their
 * cursors (the channels that had it are done with it: the delivery states say so). With `move`
 * false (an older item of the source's first fetch, published before Herald looked) it stays where
 * it is. False when the source already carries it. Call inside a transaction holding lockArticles.
 */
export async function carry(
  q: SqlQueries,
  dialect: SqlDriver['dialect'],
  articleId: string,
  sourceId: string,
  move = true,
): Promise<boolean> {
  const own = await q.get<{ source_id: string | null }>('SELECT source_id FROM articles WHERE id = ?', [articleId]);
  if (!own || own.source_id === sourceId) return false;
  const added = await q.run(
    'INSERT INTO article_sources (article_id, source_id) VALUES (?, ?) ON CONFLICT (article_id, source_id) DO NOTHING',
    [articleId, sourceId],
  );
  if (added === 0 || !move) return added > 0;
  // The next number the sequence would give: on SQLite the larger of the highest row and the highest
  // ever given (AUTOINCREMENT never reuses one a cursor may have passed).
  const next =
    dialect === 'postgres'
      ? `nextval(pg_get_serial_sequence('articles', 'seq'))`
      : `(SELECT MAX(n) FROM (SELECT MAX(seq) AS n FROM articles
           UNION ALL SELECT seq AS n FROM sqlite_sequence WHERE name = 'articles')) + 1`;
  await q.run(`UPDATE articles SET seq = ${next} WHERE id = ?`, [articleId]);
  // An UPDATE does not advance SQLite's AUTOINCREMENT counter: were this article pruned before the next
  // insert, that insert would take its number, which channels' cursors have already passed (a lost post).
  if (dialect !== 'postgres')
    await q.run(`UPDATE sqlite_sequence SET seq = (SELECT MAX(seq) FROM articles) WHERE name = 'articles'`);
  return true;
}

/** The sources that carry each of these articles besides the one that stored it. */
export async function moreSources(q: SqlQueries, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  // In slices, well under either database's limit on parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    const rows = await q.all<{ article_id: string; source_id: string }>(
      `SELECT article_id, source_id FROM article_sources WHERE article_id IN (${slice.map(() => '?').join(', ')})
       ORDER BY source_id`,
      slice as Param[],
    );
    for (const r of rows) out.set(r.article_id, [...(out.get(r.article_id) ?? []), r.source_id]);
  }
  return out;
}

/** The articles given, each source article with the other sources that carry it (one query). */
export async function withMoreSources<T extends { id: string; kind: 'file' | 'source'; moreSources?: string[] }>(
  q: SqlQueries,
  items: T[],
): Promise<T[]> {
  const ids = items.filter((a) => a.kind === 'source').map((a) => a.id);
  if (ids.length === 0) return items;
  const more = await moreSources(q, ids);
  return more.size === 0 ? items : items.map((a) => (more.has(a.id) ? { ...a, moreSources: more.get(a.id) } : a));
}
