import { bumpCounter } from './article-insert.js';
import { commitFetch } from './source-fetch.js';
import type { SqlDriver } from './sql.js';
import type { FetchCommit, SeenKey, SourceRecord, SourceStore } from './types.js';

interface SourceRow {
  id: string;
  url: string;
  name: string | null;
  every_minutes: number;
  origin: 'file' | 'chat';
  added_by: string | null;
  added_at: string;
  etag: string | null;
  last_modified: string | null;
  fetched_once: number;
  last_fetch_at: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  failures: number;
  next_fetch_at: string | null;
  kind: 'feed' | 'page' | null;
}

const COLUMNS: Record<string, string> = {
  name: 'name',
  everyMinutes: 'every_minutes',
  origin: 'origin',
  nextFetchAt: 'next_fetch_at',
};

/** Sources, their fetch state and the seen keys; their articles go into the one article index. */
export class SqlSourceStore implements SourceStore {
  constructor(private readonly db: SqlDriver) {}

  async listSources(): Promise<SourceRecord[]> {
    return (await this.db.all<SourceRow>('SELECT * FROM sources ORDER BY added_at, id')).map(toSource);
  }

  async getSource(id: string): Promise<SourceRecord | null> {
    const row = await this.db.get<SourceRow>('SELECT * FROM sources WHERE id = ?', [id]);
    return row ? toSource(row) : null;
  }

  async findSourceByUrl(url: string): Promise<SourceRecord | null> {
    const row = await this.db.get<SourceRow>('SELECT * FROM sources WHERE url = ?', [url]);
    return row ? toSource(row) : null;
  }

  async addSource(s: Omit<SourceRecord, 'id' | 'kind'>, idBases: string | readonly string[]): Promise<SourceRecord> {
    const bases = typeof idBases === 'string' ? [idBases] : idBases;
    return this.db.tx(async (q) => {
      const taken = async (id: string): Promise<boolean> =>
        Boolean(await q.get('SELECT 1 FROM sources WHERE id = ?', [id]));
      let id: string | undefined;
      for (const base of bases) if (!id && !(await taken(base))) id = base;
      const first = bases[0] ?? 'source';
      for (let n = 2; !id; n++) if (!(await taken(`${first}-${n}`))) id = `${first}-${n}`;
      await q.run(
        `INSERT INTO sources (id, url, name, every_minutes, origin, added_by, added_at, etag, last_modified,
           fetched_once, last_fetch_at, last_ok_at, last_error, failures, next_fetch_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          s.url,
          s.name,
          s.everyMinutes,
          s.origin,
          s.addedBy,
          s.addedAt,
          s.etag,
          s.lastModified,
          s.fetchedOnce ? 1 : 0,
          s.lastFetchAt,
          s.lastOkAt,
          s.lastError,
          s.failures,
          s.nextFetchAt,
        ],
      );
      return { ...s, id, kind: null };
    });
  }

  async updateSource(
    id: string,
    change: Partial<Pick<SourceRecord, 'name' | 'everyMinutes' | 'origin' | 'nextFetchAt'>>,
  ): Promise<void> {
    const keys = Object.keys(change).filter((k) => k in COLUMNS) as Array<keyof typeof change>;
    if (keys.length === 0) return;
    const set = keys.map((k) => `${COLUMNS[k]} = ?`).join(', ');
    await this.db.run(`UPDATE sources SET ${set} WHERE id = ?`, [...keys.map((k) => change[k] ?? null), id]);
  }

  async removeSource(id: string): Promise<boolean> {
    return this.db.tx(async (q) => {
      await q.run('DELETE FROM source_follows WHERE source_id = ?', [id]);
      // A later source given the same id must not carry this one's stories.
      await q.run('DELETE FROM article_sources WHERE source_id = ?', [id]);
      return (await q.run('DELETE FROM sources WHERE id = ?', [id])) > 0;
    });
  }

  async seenKeys(keys: string[]): Promise<Map<string, SeenKey>> {
    const seen = new Map<string, SeenKey>();
    for (const k of keys) {
      const row = await this.db.get<{ source_id: string; article_id: string | null }>(
        'SELECT source_id, article_id FROM source_seen WHERE key = ?',
        [k],
      );
      if (row) seen.set(k, { sourceId: row.source_id, articleId: row.article_id });
    }
    return seen;
  }

  async visibleTo(community: string | null): Promise<SourceRecord[]> {
    const rows = await this.db.all<SourceRow>(
      `SELECT * FROM sources s WHERE s.origin = 'file'
         OR EXISTS (SELECT 1 FROM source_follows f WHERE f.source_id = s.id AND (f.community = ? OR f.community = '*'))
       ORDER BY s.added_at, s.id`,
      [community ?? '*'],
    );
    return rows.map(toSource);
  }

  async followers(sourceId: string): Promise<string[]> {
    return (
      await this.db.all<{ community: string }>(
        'SELECT community FROM source_follows WHERE source_id = ? ORDER BY community',
        [sourceId],
      )
    ).map((r) => r.community);
  }

  async follow(sourceId: string, community: string, by: string, at: string): Promise<void> {
    await this.db.run(
      `INSERT INTO source_follows (source_id, community, added_by, added_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (source_id, community) DO NOTHING`,
      [sourceId, community, by, at],
    );
  }

  async unfollow(sourceId: string, community: string): Promise<number> {
    return this.db.tx(async (q) => {
      await q.run('DELETE FROM source_follows WHERE source_id = ? AND community = ?', [sourceId, community]);
      return Number(
        (await q.get<{ n: number }>('SELECT COUNT(*) AS n FROM source_follows WHERE source_id = ?', [sourceId]))?.n ??
          0,
      );
    });
  }

  commitFetch(c: FetchCommit): Promise<string[]> {
    return commitFetch(this.db, c);
  }

  async recordFailure(sourceId: string, at: string, error: string, nextFetchAt: string): Promise<void> {
    await this.db.run(
      'UPDATE sources SET last_fetch_at = ?, last_error = ?, failures = failures + 1, next_fetch_at = ? WHERE id = ?',
      [at, error.slice(0, 500), nextFetchAt, sourceId],
    );
  }

  async claimPoll(sourceId: string, at: string, until: string): Promise<boolean> {
    const n = await this.db.run(
      'UPDATE sources SET next_fetch_at = ? WHERE id = ? AND (next_fetch_at IS NULL OR next_fetch_at <= ?)',
      [until, sourceId, at],
    );
    return n > 0;
  }

  async articleCounts(): Promise<Map<string, number>> {
    const rows = await this.db.all<{ name: string; value: number }>(
      `SELECT name, value FROM counters WHERE name LIKE 'source:%'`,
    );
    const counts = new Map(rows.map((r) => [r.name.slice('source:'.length), Number(r.value)]));
    // With the stories it carries that another source stored first: its own too, as /sources shows it.
    const carried = await this.db.all<{ source_id: string; n: number }>(
      'SELECT source_id, COUNT(*) AS n FROM article_sources GROUP BY source_id',
    );
    for (const c of carried) counts.set(c.source_id, (counts.get(c.source_id) ?? 0) + Number(c.n));
    return counts;
  }

  async pruneArticles(before: string): Promise<number> {
    return this.db.tx(async (q) => {
      const groups = await q.all<{ source_id: string; n: number }>(
        `SELECT source_id, COUNT(*) AS n FROM articles WHERE kind = 'source' AND created_at < ? GROUP BY source_id`,
        [before],
      );
      if (groups.length === 0) return 0;
      // Their deliveries too: the channels' cursors are past them, and kept, they were a row per post for
      // ever (1,000 channels: ~17,000 rows, 4.6 MB, a day). A post under way keeps its row, and so does
      // each channel's latest post, which /status names.
      await q.run(
        `DELETE FROM deliveries WHERE status <> 'claimed'
           AND article_id IN (SELECT id FROM articles WHERE kind = 'source' AND created_at < ?)
           AND (sent_at IS NULL OR sent_at < (SELECT MAX(l.sent_at) FROM deliveries l
             WHERE l.platform = deliveries.platform AND l.channel_id = deliveries.channel_id))`,
        [before],
      );
      await q.run(
        `DELETE FROM article_sources WHERE article_id IN (SELECT id FROM articles WHERE kind = 'source' AND created_at < ?)`,
        [before],
      );
      const n = await q.run(`DELETE FROM articles WHERE kind = 'source' AND created_at < ?`, [before]);
      for (const g of groups) await bumpCounter(q, `source:${g.source_id}`, -Number(g.n));
      await bumpCounter(q, 'articles', -n);
      return n;
    });
  }

  async pruneSeen(before: string): Promise<number> {
    // Listed since `before` (seen_at is refreshed at most a day late): a read after before + 1 day that
    // did not refresh a key did not list its item.
    const readAfter = new Date(Date.parse(before) + 86_400_000).toISOString();
    return this.db.run(
      `DELETE FROM source_seen WHERE seen_at < ? AND NOT EXISTS (
         SELECT 1 FROM sources s WHERE s.id = source_seen.source_id AND (s.last_read_at IS NULL OR s.last_read_at <= ?))`,
      [before, readAfter],
    );
  }
}

function toSource(r: SourceRow): SourceRecord {
  return {
    id: r.id,
    url: r.url,
    name: r.name,
    everyMinutes: Number(r.every_minutes),
    origin: r.origin,
    addedBy: r.added_by,
    addedAt: r.added_at,
    etag: r.etag,
    lastModified: r.last_modified,
    fetchedOnce: Number(r.fetched_once) === 1,
    lastFetchAt: r.last_fetch_at,
    lastOkAt: r.last_ok_at,
    lastError: r.last_error,
    failures: Number(r.failures),
    nextFetchAt: r.next_fetch_at,
    kind: r.kind ?? null,
  };
}
