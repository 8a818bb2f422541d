import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.js';
import { SqliteSourceStore } from './sources-sqlite.js';
import type { Delivery, SourceStore, Store, Subscription } from './types.js';

interface SubRow {
  platform: string; channel_id: string; cron: string; schedule: string; time_zone: string; reminders: number;
  created_by: string; created_at: string; paused_reason: string | null; last_fire_at: string | null;
}
interface DelRow {
  platform: string; channel_id: string; article_id: string; status: Delivery['status']; attempts: number;
  claimed_at: string | null; sent_at: string | null; message_id: string | null; last_error: string | null;
}

/** The embedded store: one SQLite file in WAL mode, migrated at open. */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  readonly sources: SourceStore;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
    this.sources = new SqliteSourceStore(this.db);
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v] as string);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  getSubscription(platform: string, channelId: string): Subscription | null {
    const row = this.db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(platform, channelId) as SubRow | undefined;
    return row ? toSub(row) : null;
  }

  listSubscriptions(): Subscription[] {
    return (this.db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id').all() as SubRow[]).map(toSub);
  }

  upsertSubscription(s: Subscription): boolean {
    const existed = this.getSubscription(s.platform, s.channelId) !== null;
    this.db
      .prepare(
        `INSERT INTO subscriptions (platform, channel_id, cron, schedule, time_zone, reminders, created_by, created_at, paused_reason, last_fire_at)
         VALUES (@platform, @channelId, @cron, @schedule, @timeZone, @reminders, @createdBy, @createdAt, @pausedReason, @lastFireAt)
         ON CONFLICT (platform, channel_id) DO UPDATE SET cron = excluded.cron, schedule = excluded.schedule,
           time_zone = excluded.time_zone, reminders = excluded.reminders, paused_reason = NULL`,
      )
      .run({ ...s, reminders: s.reminders ? 1 : 0 });
    return !existed;
  }

  removeSubscription(platform: string, channelId: string): boolean {
    return this.db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(platform, channelId).changes > 0;
  }

  setPaused(platform: string, channelId: string, reason: string | null): void {
    this.db.prepare('UPDATE subscriptions SET paused_reason = ? WHERE platform = ? AND channel_id = ?').run(reason, platform, channelId);
  }

  setLastFire(platform: string, channelId: string, at: string): void {
    this.db.prepare('UPDATE subscriptions SET last_fire_at = ? WHERE platform = ? AND channel_id = ?').run(at, platform, channelId);
  }

  claimDelivery(platform: string, channelId: string, articleId: string, at: string): boolean {
    // One statement: the insert, or the re-claim of a failed post, happens only if nobody holds it.
    const r = this.db
      .prepare(
        `INSERT INTO deliveries (platform, channel_id, article_id, status, attempts, claimed_at) VALUES (?, ?, ?, 'claimed', 1, ?)
         ON CONFLICT (platform, channel_id, article_id) DO UPDATE SET status = 'claimed', attempts = attempts + 1, claimed_at = excluded.claimed_at
         WHERE deliveries.status = 'failed'`,
      )
      .run(platform, channelId, articleId, at);
    return r.changes > 0;
  }

  markSent(platform: string, channelId: string, articleId: string, at: string, messageId: string | null): void {
    this.db
      .prepare(`UPDATE deliveries SET status = 'sent', sent_at = ?, message_id = ?, last_error = NULL WHERE platform = ? AND channel_id = ? AND article_id = ?`)
      .run(at, messageId, platform, channelId, articleId);
  }

  releaseDelivery(platform: string, channelId: string, articleId: string, error: string): void {
    this.db
      .prepare(`UPDATE deliveries SET status = 'failed', last_error = ? WHERE platform = ? AND channel_id = ? AND article_id = ? AND status = 'claimed'`)
      .run(error.slice(0, 500), platform, channelId, articleId);
  }

  markSkipped(platform: string, channelId: string, articleIds: string[], at: string): void {
    const stmt = this.db.prepare(
      `INSERT INTO deliveries (platform, channel_id, article_id, status, claimed_at) VALUES (?, ?, ?, 'skipped', ?) ON CONFLICT DO NOTHING`,
    );
    this.db.transaction(() => {
      for (const id of articleIds) stmt.run(platform, channelId, id, at);
    })();
  }

  handledArticles(platform: string, channelId: string): Set<string> {
    const rows = this.db
      .prepare(`SELECT article_id FROM deliveries WHERE platform = ? AND channel_id = ? AND status != 'failed'`)
      .all(platform, channelId) as Array<{ article_id: string }>;
    return new Set(rows.map((r) => r.article_id));
  }

  staleClaims(): Delivery[] {
    return (this.db.prepare(`SELECT * FROM deliveries WHERE status = 'claimed' ORDER BY claimed_at`).all() as DelRow[]).map(toDelivery);
  }

  getDelivery(platform: string, channelId: string, articleId: string): Delivery | null {
    const row = this.db
      .prepare('SELECT * FROM deliveries WHERE platform = ? AND channel_id = ? AND article_id = ?')
      .get(platform, channelId, articleId) as DelRow | undefined;
    return row ? toDelivery(row) : null;
  }

  /** Hands claims left by a crash back, so they are retried now rather than held forever. */
  releaseStaleClaims(): number {
    return this.db.prepare(`UPDATE deliveries SET status = 'failed', last_error = 'interrupted (restart)' WHERE status = 'claimed'`).run().changes;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toSub(r: SubRow): Subscription {
  return {
    platform: r.platform, channelId: r.channel_id, cron: r.cron, schedule: r.schedule, timeZone: r.time_zone,
    reminders: r.reminders === 1, createdBy: r.created_by, createdAt: r.created_at, pausedReason: r.paused_reason, lastFireAt: r.last_fire_at,
  };
}

function toDelivery(r: DelRow): Delivery {
  return {
    platform: r.platform, channelId: r.channel_id, articleId: r.article_id, status: r.status, attempts: r.attempts,
    claimedAt: r.claimed_at, sentAt: r.sent_at, messageId: r.message_id, lastError: r.last_error,
  };
}
