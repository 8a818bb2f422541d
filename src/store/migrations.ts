import { articleHash, searchKeys } from '../article/index-keys.js';
import type { SqlQueries } from './sql.js';
import { LATER_MIGRATIONS } from './migrations-later.js';

/**
 * A schema change, written once for both dialects. `{{seq}}` is the one type that differs; `{{bin}}`
 * makes PostgreSQL compare the folded search keys byte by byte, as SQLite does, so prefix ranges use
 * their index whatever the database's collation.
 */
export interface Migration {
  sql: string;
  /** Data changes SQL cannot make alone (folding text as JavaScript does). */
  after?: (q: SqlQueries) => Promise<void>;
}

export const DIALECT_TOKENS = {
  sqlite: { seq: 'INTEGER PRIMARY KEY AUTOINCREMENT', bin: '' },
  postgres: { seq: 'BIGSERIAL PRIMARY KEY', bin: 'COLLATE "C"' },
} as const;

/** Schema migrations, applied in order at start; each database records how far it has come. */
export const MIGRATIONS: Migration[] = [
  {
    sql: `CREATE TABLE subscriptions (
       platform TEXT NOT NULL,
       channel_id TEXT NOT NULL,
       cron TEXT NOT NULL,
       schedule TEXT NOT NULL,
       time_zone TEXT NOT NULL,
       reminders INTEGER NOT NULL DEFAULT 1,
       created_by TEXT NOT NULL,
       created_at TEXT NOT NULL,
       paused_reason TEXT,
       last_fire_at TEXT,
       PRIMARY KEY (platform, channel_id)
     );
     CREATE TABLE deliveries (
       platform TEXT NOT NULL,
       channel_id TEXT NOT NULL,
       article_id TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'skipped', 'failed')),
       attempts INTEGER NOT NULL DEFAULT 0,
       claimed_at TEXT,
       sent_at TEXT,
       message_id TEXT,
       last_error TEXT,
       PRIMARY KEY (platform, channel_id, article_id)
     );
     CREATE INDEX deliveries_status ON deliveries (status);`,
  },
  // 2: news sources (feeds and pages), the articles taken from them, and every key already seen, so
  // an item is never stored twice whatever the feed rewrites.
  {
    sql: `CREATE TABLE sources (
       id TEXT PRIMARY KEY,
       url TEXT NOT NULL UNIQUE,
       name TEXT,
       every_minutes INTEGER NOT NULL,
       origin TEXT NOT NULL CHECK (origin IN ('file', 'chat')),
       added_by TEXT,
       added_at TEXT NOT NULL,
       etag TEXT,
       last_modified TEXT,
       fetched_once INTEGER NOT NULL DEFAULT 0,
       last_fetch_at TEXT,
       last_ok_at TEXT,
       last_error TEXT,
       failures INTEGER NOT NULL DEFAULT 0,
       next_fetch_at TEXT
     );
     CREATE TABLE source_articles (
       id TEXT PRIMARY KEY,
       source_id TEXT NOT NULL,
       source_name TEXT,
       url TEXT,
       guid TEXT,
       title TEXT,
       date TEXT,
       text TEXT NOT NULL,
       content_hash TEXT NOT NULL,
       created_at TEXT NOT NULL
     );
     CREATE INDEX source_articles_created ON source_articles (created_at);
     CREATE TABLE source_seen (
       key TEXT PRIMARY KEY,
       source_id TEXT NOT NULL,
       article_id TEXT,
       seen_at TEXT NOT NULL
     );`,
  },
  // 3: one article index for files and source articles, a cursor per subscription instead of a
  // "skipped" row per article, and claims with a holder and a lease.
  {
    sql: `CREATE TABLE articles (
       seq {{seq}},
       id TEXT NOT NULL UNIQUE,
       id_fold TEXT {{bin}} NOT NULL,
       slug_fold TEXT {{bin}} NOT NULL,
       title_fold TEXT {{bin}} NOT NULL,
       kind TEXT NOT NULL CHECK (kind IN ('file', 'source')),
       file TEXT UNIQUE,
       file_stamp TEXT,
       source_id TEXT,
       source_name TEXT,
       guid TEXT,
       title TEXT,
       date TEXT,
       sort_date TEXT NOT NULL,
       url TEXT,
       key_date_override TEXT,
       text TEXT NOT NULL,
       content_hash TEXT NOT NULL,
       version INTEGER NOT NULL DEFAULT 1,
       headline TEXT,
       key_date TEXT,
       summary_hash TEXT,
       created_at TEXT NOT NULL,
       updated_at TEXT NOT NULL
     );
     CREATE INDEX articles_newest ON articles (sort_date, id);
     CREATE INDEX articles_id_fold ON articles (id_fold);
     CREATE INDEX articles_slug_fold ON articles (slug_fold);
     CREATE INDEX articles_title_fold ON articles (title_fold);
     CREATE INDEX articles_created ON articles (kind, created_at);
     INSERT INTO articles (id, id_fold, slug_fold, title_fold, kind, source_id, source_name, guid, title, date, sort_date, url, text,
         content_hash, created_at, updated_at)
       SELECT id, id, id, '', 'source', source_id, source_name, guid, title, date, COALESCE(date, ''), url, text, content_hash, created_at, created_at
       FROM source_articles ORDER BY created_at, id;
     DROP TABLE source_articles;
     CREATE TABLE deliveries_v3 (
       platform TEXT NOT NULL,
       channel_id TEXT NOT NULL,
       article_id TEXT NOT NULL,
       status TEXT NOT NULL CHECK (status IN ('claimed', 'sent', 'failed', 'abandoned', 'skipped')),
       attempts INTEGER NOT NULL DEFAULT 0,
       claimed_at TEXT,
       sent_at TEXT,
       message_id TEXT,
       last_error TEXT,
       claimed_by TEXT,
       lease_until TEXT,
       parts_sent INTEGER NOT NULL DEFAULT 0,
       suspect INTEGER NOT NULL DEFAULT 0,
       PRIMARY KEY (platform, channel_id, article_id)
     );
     INSERT INTO deliveries_v3 (platform, channel_id, article_id, status, attempts, claimed_at, sent_at, message_id, last_error)
       SELECT platform, channel_id, article_id, status, attempts, claimed_at, sent_at, message_id, last_error FROM deliveries;
     DROP TABLE deliveries;
     ALTER TABLE deliveries_v3 RENAME TO deliveries;
     CREATE INDEX deliveries_claims ON deliveries (status, lease_until);
     ALTER TABLE subscriptions ADD COLUMN cursor INTEGER;
     ALTER TABLE subscriptions ADD COLUMN first_article TEXT;
     CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
     CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
    after: async (q) => {
      // Folded search keys and the version hash, as the index computes them for new articles.
      const rows = await q.all<{
        seq: number;
        id: string;
        title: string | null;
        date: string | null;
        source_name: string | null;
        url: string | null;
        text: string;
      }>('SELECT seq, id, title, date, source_name, url, text FROM articles');
      for (const r of rows) {
        const k = searchKeys(r);
        const hash = articleHash({
          id: r.id,
          title: r.title,
          date: r.date,
          source: r.source_name,
          url: r.url,
          text: r.text,
          keyDate: null,
        });
        await q.run('UPDATE articles SET id_fold = ?, slug_fold = ?, title_fold = ?, content_hash = ? WHERE seq = ?', [
          k.idFold,
          k.slugFold,
          k.titleFold,
          hash,
          r.seq,
        ]);
      }
      await q.run(`INSERT INTO counters (name, value) VALUES ('articles', ?)`, [rows.length]);
      await q.run(
        `INSERT INTO counters (name, value) SELECT 'source:' || source_id, COUNT(*) FROM articles WHERE kind = 'source' GROUP BY source_id`,
      );
    },
  },
  // 4: several instances on one database: each scheduled fire is taken by one of them, and each says
  // it is alive, so the fires of one that died are taken over and the platforms' budgets shared.
  {
    sql: `CREATE TABLE fires (
       key TEXT PRIMARY KEY,
       platform TEXT NOT NULL,
       channel_id TEXT NOT NULL,
       due_at TEXT NOT NULL,
       holder TEXT NOT NULL,
       taken_at TEXT NOT NULL,
       done_at TEXT
     );
     CREATE INDEX fires_open ON fires (done_at, taken_at);
     CREATE TABLE instances (
       id TEXT PRIMARY KEY,
       started_at TEXT NOT NULL,
       beat_at TEXT NOT NULL
     );`,
  },
  ...LATER_MIGRATIONS,
];
