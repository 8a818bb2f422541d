import { type Param, placeholders, type SqlDriver, type SqlQueries } from './sql.js';
import type { ArticleMeta } from './types.js';

/**
 * Records that `sourceId` carries an article another source stored first. As `news`, the article
 * comes again in the ingestion order, at a place of its own drawn from the articles' sequence,
 * through this source alone: channels that take this source find it past their cursors, and the
 * others, and the ones that had it, pass it there (the delivery states say who had it). Not as news
 * (an older item of the source's first fetch) it is only listed for this source's communities. True
 * when it comes again as news. Call inside a transaction holding lockArticles.
 */
export async function carry(
  q: SqlQueries,
  dialect: SqlDriver['dialect'],
  articleId: string,
  sourceId: string,
  at: string,
  news = true,
): Promise<boolean> {
  const own = await q.get<{ source_id: string | null }>('SELECT source_id FROM articles WHERE id = ?', [articleId]);
  if (!own || own.source_id === sourceId) return false;
  const carried = await q.get('SELECT 1 FROM article_sources WHERE article_id = ? AND source_id = ?', [
    articleId,
    sourceId,
  ]);
  if (carried) return false;
  await q.run('INSERT INTO article_sources (article_id, source_id, seq, carried_at) VALUES (?, ?, ?, ?)', [
    articleId,
    sourceId,
    news ? await nextSeq(q, dialect) : null,
    at,
  ]);
  return news;
}

// The articles' next sequence number, taken so that no later article gets it: a cursor that passed a
// carried story's place would pass that article unseen. On SQLite, AUTOINCREMENT's counter is moved.
async function nextSeq(q: SqlQueries, dialect: SqlDriver['dialect']): Promise<number> {
  if (dialect === 'postgres')
    return Number((await q.get<{ n: number }>(`SELECT nextval(pg_get_serial_sequence('articles', 'seq')) AS n`))?.n);
  const top = await q.get<{ n: number | null }>(
    `SELECT MAX(n) AS n FROM (SELECT seq AS n FROM sqlite_sequence WHERE name = 'articles'
       UNION ALL SELECT MAX(seq) AS n FROM articles UNION ALL SELECT MAX(seq) AS n FROM article_sources)`,
  );
  const n = Number(top?.n ?? 0) + 1;
  if ((await q.run(`UPDATE sqlite_sequence SET seq = ? WHERE name = 'articles'`, [n])) === 0)
    await q.run(`INSERT INTO sqlite_sequence (name, seq) VALUES ('articles', ?)`, [n]);
  return n;
}

/** The places after `seq` where a carried article comes again, in order, each with its source. */
export async function carriedAfter(
  q: SqlQueries,
  seq: number,
  limit: number,
): Promise<Array<{ article_id: string; source_id: string; seq: number; carried_at: string | null }>> {
  return q.all(
    'SELECT article_id, source_id, seq, carried_at FROM article_sources WHERE seq > ? ORDER BY seq LIMIT ?',
    [seq, limit],
  );
}

/** The places where a carried article comes again, in order, each with its source. */
export async function carriedPlaces(
  q: SqlQueries,
  articleId: string,
): Promise<Array<{ seq: number; via: string; since: string | null }>> {
  const rows = await q.all<{ seq: number; source_id: string; carried_at: string | null }>(
    'SELECT seq, source_id, carried_at FROM article_sources WHERE article_id = ? AND seq IS NOT NULL ORDER BY seq',
    [articleId],
  );
  return rows.map((r) => ({ seq: Number(r.seq), via: r.source_id, since: r.carried_at }));
}

// The sources that carry each of these articles besides the one that stored it, and which of them
// only list it (an older item of their first fetch: no place of its own in the order).
async function moreSources(
  q: SqlQueries,
  ids: readonly string[],
): Promise<Map<string, { more: string[]; listed: string[] }>> {
  const out = new Map<string, { more: string[]; listed: string[] }>();
  // In slices, well under either database's limit on parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    const rows = await q.all<{ article_id: string; source_id: string; seq: number | null }>(
      `SELECT article_id, source_id, seq FROM article_sources WHERE article_id IN (${placeholders(slice)})
       ORDER BY source_id`,
      slice as Param[],
    );
    for (const r of rows) {
      const entry = out.get(r.article_id) ?? { more: [], listed: [] };
      entry.more.push(r.source_id);
      if (r.seq === null) entry.listed.push(r.source_id);
      out.set(r.article_id, entry);
    }
  }
  return out;
}

/** The articles given, each source article with the other sources that carry it (one query). */
export async function withMoreSources<
  T extends { id: string; kind: 'file' | 'source'; moreSources?: string[]; listedBy?: string[] },
>(q: SqlQueries, items: T[]): Promise<T[]> {
  const ids = items.filter((a) => a.kind === 'source').map((a) => a.id);
  if (ids.length === 0) return items;
  const more = await moreSources(q, ids);
  if (more.size === 0) return items;
  return items.map((a) => {
    const m = more.get(a.id);
    if (!m) return a;
    return m.listed.length > 0 ? { ...a, moreSources: m.more, listedBy: m.listed } : { ...a, moreSources: m.more };
  });
}

/**
 * The articles at their own places and the carried ones where they come again (`via` their carrier,
 * `seq` that place, `createdAt` when it began carrying it), in order, the first `limit`.
 */
export async function mergeCarried(
  own: ArticleMeta[],
  again: Array<{ article_id: string; source_id: string; seq: number; carried_at?: string | null }>,
  meta: (id: string) => Promise<ArticleMeta | null>,
  limit: number,
): Promise<ArticleMeta[]> {
  if (again.length === 0) return own;
  // Only the carried places that fall among the first `limit` are read: a fire walks many batches.
  const last = own.length < limit ? Number.POSITIVE_INFINITY : (own[own.length - 1]?.seq ?? 0);
  const carried: ArticleMeta[] = [];
  for (const c of again) {
    if (Number(c.seq) > last) break;
    const m = await meta(c.article_id);
    // At this place the story arrived when the carrier began carrying it.
    if (m) carried.push({ ...m, seq: Number(c.seq), via: c.source_id, createdAt: c.carried_at ?? m.createdAt });
  }
  return [...own, ...carried].sort((a, b) => a.seq - b.seq).slice(0, limit);
}
