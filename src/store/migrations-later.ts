import type { Migration } from './migrations.js';

/** Migrations 5 on, applied after those in migrations.ts (the list grew past one file). */
export const LATER_MIGRATIONS: Migration[] = [
  // 5: channel feeds. A subscription belongs to a community (Discord server, Slack workspace, the
  // terminal) and chooses its sources, topics and format; a source added in chat is followed by the
  // communities that added it. Existing subscriptions take every source, as before (sources NULL),
  // and sources added in chat before communities existed stay visible to every community ('*').
  {
    sql: `ALTER TABLE subscriptions ADD COLUMN community TEXT;
     ALTER TABLE subscriptions ADD COLUMN sources TEXT;
     ALTER TABLE subscriptions ADD COLUMN topics TEXT;
     ALTER TABLE subscriptions ADD COLUMN format TEXT NOT NULL DEFAULT 'each';
     ALTER TABLE deliveries ADD COLUMN batch TEXT;
     CREATE INDEX deliveries_sent ON deliveries (platform, channel_id, sent_at);
     CREATE TABLE source_follows (
       source_id TEXT NOT NULL,
       community TEXT NOT NULL,
       added_by TEXT,
       added_at TEXT NOT NULL,
       PRIMARY KEY (source_id, community)
     );
     CREATE INDEX source_follows_community ON source_follows (community);
     INSERT INTO source_follows (source_id, community, added_by, added_at) SELECT id, '*', added_by, added_at FROM sources WHERE origin = 'chat';`,
  },
  // 6: signed platform requests already answered, shared by the instances behind one load balancer,
  // so a replayed request is not run again by another instance. Kept until its signature expires.
  {
    sql: `CREATE TABLE seen_requests (
       key TEXT PRIMARY KEY,
       expires_at BIGINT NOT NULL
     );
     CREATE INDEX seen_requests_expiry ON seen_requests (expires_at);`,
  },
  // 7: one community's newest articles (its files, then each source it sees) read from an index each,
  // instead of walking every article newest first until enough of them are its own.
  {
    sql: `CREATE INDEX articles_kind_newest ON articles (kind, sort_date, id);
     CREATE INDEX articles_source_newest ON articles (source_id, sort_date, id);`,
  },
  // 8: a file renamed, or removed and put back, keeps its place in the order (its sequence number), so
  // channels that had it do not get it again: the place of each removed file's text is kept here.
  {
    sql: `CREATE TABLE removed_files (
       content_hash TEXT PRIMARY KEY,
       seq BIGINT NOT NULL
     );
     CREATE INDEX articles_content_hash ON articles (content_hash);`,
  },
  // 9: what a source's last good fetch was, a feed or a page, so a feed that answers with a web page
  // (a sign-in or cookie-consent wall sent with status 200) is a failed fetch, not a new "article".
  // A source with items known by a guid, or by more than one URL, has been a feed; any other learns
  // it at its next good fetch (a 304 does not say).
  {
    sql: `ALTER TABLE sources ADD COLUMN kind TEXT;
     UPDATE sources SET kind = 'feed' WHERE
       EXISTS (SELECT 1 FROM source_seen s WHERE s.source_id = sources.id AND s.key LIKE 'guid:%')
       OR (SELECT COUNT(*) FROM source_seen s WHERE s.source_id = sources.id AND s.key LIKE 'url:%') > 1;`,
  },
  // 10: the other sources that carry an article (a wire story in two communities' feeds). A story is
  // stored once, by the source that had it first; without this, the channels of a community that
  // follows only the second source never got it. `seq` is the place in the ingestion order where it
  // comes again through that source (null: listed only, an older item of the source's first fetch).
  {
    sql: `CREATE TABLE article_sources (
       article_id TEXT NOT NULL,
       source_id TEXT NOT NULL,
       seq BIGINT,
       PRIMARY KEY (article_id, source_id)
     );
     CREATE INDEX article_sources_source ON article_sources (source_id, article_id);
     CREATE INDEX article_sources_seq ON article_sources (seq);`,
  },
  // 11: a different story saved under a file name used before is a new article (`today~2`), not the
  // one the channels had: each file row knows its name (its id without the edition), and the story a
  // removed file's name last held is kept, to tell a story saved under the name later from it.
  {
    sql: `ALTER TABLE articles ADD COLUMN name TEXT;
     UPDATE articles SET name = id WHERE kind = 'file';
     CREATE INDEX articles_name ON articles (name);
     CREATE TABLE retired_names (
       name TEXT PRIMARY KEY,
       id TEXT NOT NULL,
       title TEXT,
       date TEXT,
       opening TEXT NOT NULL
     );`,
  },
  // 12: the deliveries of source articles go when the articles are pruned (a row per post, kept for
  // ever, was the fastest-growing table of a long-running bot); found by article, not by channel.
  {
    sql: `CREATE INDEX deliveries_article ON deliveries (article_id);`,
  },
  // 13: when a source began carrying a story another source stored, so a channel that takes it there
  // counts its wait from then (a channel passes over what waited too long). Those carried before this
  // migration count from now.
  {
    sql: `ALTER TABLE article_sources ADD COLUMN carried_at TEXT;`,
    after: async (q) => void (await q.run('UPDATE article_sources SET carried_at = ?', [new Date().toISOString()])),
  },
  // 14: a seen key's time is the last time a feed listed its item (a day's precision), and a source's
  // last_read_at its last fetch that read its items (not a 304): a key no feed has listed for long is
  // forgotten, where every key of every item ever met was kept for ever.
  {
    sql: `ALTER TABLE sources ADD COLUMN last_read_at TEXT;
     CREATE INDEX source_seen_at ON source_seen (seen_at);`,
  },
  // 15: a change of schedule is recorded apart from the last fire. Written as the last fire, it made
  // the stories that came since the real one look two fires old, and the first fire passed them over.
  {
    sql: `ALTER TABLE subscriptions ADD COLUMN schedule_from TEXT;`,
  },
  // 16: the fire before the last is kept, so "waited two fires" counts the channel's own fires. From
  // the gap since the last alone, a weekdays channel passed a weekend story over after Monday's fire.
  {
    sql: `ALTER TABLE subscriptions ADD COLUMN prev_fire_at TEXT;`,
  },
  // 17: the texts a file held before an edit of the same story. A copy made before the edit
  // (`cp today.md archive.md`, then a typo fixed in today.md) has the old text, and was posted again.
  {
    sql: `CREATE TABLE edited_texts (
       content_hash TEXT NOT NULL,
       article_id TEXT NOT NULL,
       PRIMARY KEY (content_hash, article_id)
     );
     CREATE INDEX edited_texts_article ON edited_texts (article_id);`,
  },
  // 18: when each text was replaced, so that a file edited again and again (a live blog saved every
  // minute) keeps only its latest texts, not a row per save for ever.
  {
    sql: `ALTER TABLE edited_texts ADD COLUMN edited_at TEXT;`,
  },
];
