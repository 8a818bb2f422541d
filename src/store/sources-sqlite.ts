import type Database from 'better-sqlite3';
import type { FetchCommit, SourceRecord, SourceStore, StoredArticle } from './types.js';

interface SourceRow {
  id: string; url: string; name: string | null; every_minutes: number; origin: 'file' | 'chat'; added_by: string | null; added_at: string;
  etag: string | null; last_modified: string | null; fetched_once: number; last_fetch_at: string | null; last_ok_at: string | null;
  last_error: string | null; failures: number; next_fetch_at: string | null;
}
interface ArticleRow {
  id: string; source_id: string; source_name: string | null; url: string | null; guid: string | null; title: string | null;
  date: string | null; text: string; content_hash: string; created_at: string;
}

/** Sources, their articles and the seen keys, in the same SQLite file as subscriptions. */
export class SqliteSourceStore implements SourceStore {
  constructor(private readonly db: Database.Database) {}

  listSources(): SourceRecord[] {
    return (this.db.prepare('SELECT * FROM sources ORDER BY rowid').all() as SourceRow[]).map(toSource);
  }

  getSource(id: string): SourceRecord | null {
    const row = this.db.prepare('SELECT * FROM sources WHERE id = ?').get(id) as SourceRow | undefined;
    return row ? toSource(row) : null;
  }

  findSourceByUrl(url: string): SourceRecord | null {
    const row = this.db.prepare('SELECT * FROM sources WHERE url = ?').get(url) as SourceRow | undefined;
    return row ? toSource(row) : null;
  }

  addSource(s: Omit<SourceRecord, 'id'>, idBase: string): SourceRecord {
    return this.db.transaction(() => {
      let id = idBase;
      for (let n = 2; this.getSource(id); n++) id = `${idBase}-${n}`;
      this.db
        .prepare(
          `INSERT INTO sources (id, url, name, every_minutes, origin, added_by, added_at, etag, last_modified, fetched_once, last_fetch_at,
             last_ok_at, last_error, failures, next_fetch_at)
           VALUES (@id, @url, @name, @everyMinutes, @origin, @addedBy, @addedAt, @etag, @lastModified, @fetchedOnce, @lastFetchAt,
             @lastOkAt, @lastError, @failures, @nextFetchAt)`,
        )
        .run({ ...s, id, fetchedOnce: s.fetchedOnce ? 1 : 0 });
      return { ...s, id };
    })();
  }

  updateSource(id: string, change: Partial<Pick<SourceRecord, 'name' | 'everyMinutes' | 'origin' | 'nextFetchAt'>>): void {
    const cols: Record<string, string> = { name: 'name', everyMinutes: 'every_minutes', origin: 'origin', nextFetchAt: 'next_fetch_at' };
    const keys = Object.keys(change).filter((k) => k in cols);
    if (keys.length === 0) return;
    const set = keys.map((k) => `${cols[k]} = @${k}`).join(', ');
    this.db.prepare(`UPDATE sources SET ${set} WHERE id = @id`).run({ ...change, id });
  }

  removeSource(id: string): boolean {
    return this.db.prepare('DELETE FROM sources WHERE id = ?').run(id).changes > 0;
  }

  seenKeys(keys: string[]): Set<string> {
    const stmt = this.db.prepare('SELECT article_id FROM source_seen WHERE key = ?');
    return new Set(keys.filter((k) => stmt.get(k) !== undefined));
  }

  commitFetch(c: FetchCommit, idTaken: (id: string) => boolean = () => false): string[] {
    const findKey = this.db.prepare('SELECT article_id FROM source_seen WHERE key = ?');
    const markKey = this.db.prepare('INSERT OR IGNORE INTO source_seen (key, source_id, article_id, seen_at) VALUES (?, ?, ?, ?)');
    const hasArticle = this.db.prepare('SELECT 1 FROM source_articles WHERE id = ?');
    const insert = this.db.prepare(
      `INSERT INTO source_articles (id, source_id, source_name, url, guid, title, date, text, content_hash, created_at)
       VALUES (@id, @sourceId, @sourceName, @url, @guid, @title, @date, @text, @contentHash, @createdAt)`,
    );
    const taken = (id: string): boolean => hasArticle.get(id) !== undefined || idTaken(id);
    return this.db.transaction(() => {
      // A source removed while it was being fetched gets nothing.
      if (!this.getSource(c.sourceId)) return [];
      const stored: string[] = [];
      for (const { article, idBase, keys } of c.articles) {
        // Checked again here, inside the transaction: another source may have stored the same item meanwhile.
        const prior = keys.map((k) => findKey.get(k) as { article_id: string | null } | undefined).find((r) => r !== undefined);
        if (prior) {
          for (const k of keys) markKey.run(k, c.sourceId, prior.article_id, c.at);
          continue;
        }
        let id = idBase;
        if (taken(id)) id = `${idBase}-${article.contentHash.slice(0, 6)}`;
        for (let n = 2; taken(id); n++) id = `${idBase}-${article.contentHash.slice(0, 6)}-${n}`;
        insert.run({ ...article, id });
        for (const k of keys) markKey.run(k, c.sourceId, id, c.at);
        stored.push(id);
      }
      for (const k of c.seen) markKey.run(k, c.sourceId, null, c.at);
      this.db
        .prepare(
          `UPDATE sources SET etag = ?, last_modified = ?, fetched_once = 1, last_fetch_at = ?, last_ok_at = ?, last_error = NULL,
             failures = 0, next_fetch_at = ?, name = COALESCE(name, ?) WHERE id = ?`,
        )
        .run(c.etag, c.lastModified, c.at, c.at, c.nextFetchAt, c.name, c.sourceId);
      return stored;
    })();
  }

  recordFailure(sourceId: string, at: string, error: string, nextFetchAt: string): void {
    this.db
      .prepare('UPDATE sources SET last_fetch_at = ?, last_error = ?, failures = failures + 1, next_fetch_at = ? WHERE id = ?')
      .run(at, error.slice(0, 500), nextFetchAt, sourceId);
  }

  listArticles(): StoredArticle[] {
    return (this.db.prepare('SELECT * FROM source_articles ORDER BY created_at DESC, id').all() as ArticleRow[]).map(toArticle);
  }

  articlesStamp(): string {
    const r = this.db.prepare('SELECT COUNT(*) AS n, MIN(rowid) AS first, MAX(rowid) AS last FROM source_articles').get() as Record<string, number | null>;
    return `${r.n}:${r.first ?? 0}:${r.last ?? 0}`;
  }

  articleCounts(): Map<string, number> {
    const rows = this.db.prepare('SELECT source_id, COUNT(*) AS n FROM source_articles GROUP BY source_id').all() as Array<{ source_id: string; n: number }>;
    return new Map(rows.map((r) => [r.source_id, r.n]));
  }

  pruneArticles(before: string): number {
    return this.db.prepare('DELETE FROM source_articles WHERE created_at < ?').run(before).changes;
  }
}

function toSource(r: SourceRow): SourceRecord {
  return {
    id: r.id, url: r.url, name: r.name, everyMinutes: r.every_minutes, origin: r.origin, addedBy: r.added_by, addedAt: r.added_at,
    etag: r.etag, lastModified: r.last_modified, fetchedOnce: r.fetched_once === 1, lastFetchAt: r.last_fetch_at, lastOkAt: r.last_ok_at,
    lastError: r.last_error, failures: r.failures, nextFetchAt: r.next_fetch_at,
  };
}

function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id, sourceId: r.source_id, sourceName: r.source_name, url: r.url, guid: r.guid, title: r.title, date: r.date, text: r.text,
    contentHash: r.content_hash, createdAt: r.created_at,
  };
}
