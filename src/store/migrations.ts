/** Schema migrations, applied in order at start; `user_version` records how far a database has come. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE subscriptions (
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
  // 2: news sources (feeds and pages), the articles taken from them, and every key already seen, so
  // an item is never stored twice whatever the feed rewrites.
  `CREATE TABLE sources (
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
];
