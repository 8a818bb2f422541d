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
];
