import { articleHash } from '../article/index-keys.js';
import type { Article } from '../article/types.js';
import { bumpCounter, insertArticle } from './article-insert.js';
import { carry } from './article-sources.js';
import { placeholders, type SqlDriver, type SqlQueries } from './sql.js';
import type { FetchCommit } from './types.js';

/**
 * Stores what one fetch of a source found, in one transaction: each new item becomes an article,
 * unless another source stored the same item first, and then this source carries that article too;
 * every key is marked seen, and the source's fetch state is reset. Returns the ids of the articles
 * stored or newly carried as news (not the older items of a first fetch it carries: only listed).
 */
export async function commitFetch(db: SqlDriver, c: FetchCommit): Promise<string[]> {
  return db.tx(async (q) => {
    // A source removed while it was being fetched gets nothing.
    if (!(await q.get('SELECT 1 FROM sources WHERE id = ?', [c.sourceId]))) return [];
    await db.lockArticles(q);
    const stored: string[] = [];
    for (const { article: n, idBase, keys } of c.articles) {
      // Checked again here, inside the transaction: another source may have stored the same item meanwhile.
      const prior = await firstSeen(q, keys);
      if (prior) {
        if (await carry(q, db.dialect, prior, c.sourceId, c.at)) stored.push(prior);
        await markKeys(q, keys, c.sourceId, prior, c.at);
        continue;
      }
      const base: Article = {
        id: idBase,
        title: n.title,
        date: n.date,
        source: n.sourceName,
        url: n.url,
        text: n.text,
        keyDate: null,
      };
      const hash = articleHash(base);
      let id = idBase;
      if (await taken(q, id)) id = `${idBase}-${hash.slice(0, 6)}`;
      for (let k = 2; await taken(q, id); k++) id = `${idBase}-${hash.slice(0, 6)}-${k}`;
      await insertArticle(q, {
        ...base,
        id,
        kind: 'source',
        file: null,
        stamp: null,
        sourceId: c.sourceId,
        guid: n.guid,
        hash,
        at: n.createdAt,
      });
      await bumpCounter(q, `source:${c.sourceId}`, 1);
      await markKeys(q, keys, c.sourceId, id, c.at);
      stored.push(id);
    }
    // Items another source stored: this one carries them too, as news or as older items of its first fetch.
    for (const [keys, news] of [
      ...(c.known ?? []).map((k) => [k, true] as const),
      ...(c.carriedBefore ?? []).map((k) => [k, false] as const),
    ]) {
      const prior = await firstSeen(q, keys);
      if (prior && (await carry(q, db.dialect, prior, c.sourceId, c.at, news))) stored.push(prior);
      await markKeys(q, keys, c.sourceId, prior ?? null, c.at);
    }
    await markKeys(q, c.seen, c.sourceId, null, c.at);
    if (c.listed) await listed(q, c.listed, c.sourceId, c.at);
    await q.run(
      `UPDATE sources SET etag = ?, last_modified = ?, fetched_once = 1, last_fetch_at = ?, last_ok_at = ?, last_error = NULL,
         failures = 0, next_fetch_at = ?, name = COALESCE(name, ?), kind = COALESCE(?, kind) WHERE id = ?`,
      [c.etag, c.lastModified, c.at, c.at, c.nextFetchAt, c.name, c.kind ?? null, c.sourceId],
    );
    return stored;
  });
}

// The article an item's keys name, null when they are seen without one, undefined when none is seen.
// A key with an article wins over one without (a guid first met after the article was stored).
async function firstSeen(q: SqlQueries, keys: string[]): Promise<string | null | undefined> {
  let seen: null | undefined;
  for (const k of keys) {
    const row = await q.get<{ article_id: string | null }>('SELECT article_id FROM source_seen WHERE key = ?', [k]);
    if (row?.article_id) return row.article_id;
    if (row) seen = null;
  }
  return seen;
}

async function markKeys(
  q: SqlQueries,
  keys: string[],
  sourceId: string,
  articleId: string | null,
  at: string,
): Promise<void> {
  // A key seen without an article (another source's older item) names the article once one is stored.
  for (const k of keys) {
    await q.run(
      `INSERT INTO source_seen (key, source_id, article_id, seen_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id
       WHERE source_seen.article_id IS NULL AND excluded.article_id IS NOT NULL`,
      [k, sourceId, articleId, at],
    );
  }
}

// The keys of items a feed still lists are seen again today, once a day at most (a write per item per
// fetch was not worth it), so pruneSeen keeps them; the source has read its items now.
async function listed(q: SqlQueries, keys: string[], sourceId: string, at: string): Promise<void> {
  const dayAgo = new Date(Date.parse(at) - 86_400_000).toISOString();
  for (let i = 0; i < keys.length; i += 500) {
    const slice = keys.slice(i, i + 500);
    await q.run(`UPDATE source_seen SET seen_at = ? WHERE seen_at < ? AND key IN (${placeholders(slice)})`, [
      at,
      dayAgo,
      ...slice,
    ]);
  }
  await q.run('UPDATE sources SET last_read_at = ? WHERE id = ?', [at, sourceId]);
}

async function taken(q: SqlQueries, id: string): Promise<boolean> {
  return (await q.get('SELECT 1 FROM articles WHERE id = ?', [id])) !== undefined;
}
