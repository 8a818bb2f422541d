import { SqlArticleStore } from './article-store.js';
import { SqlSourceStore } from './source-store.js';
import { placeLegacyCursors } from './legacy.js';
import { SqlCoordination, type Coordination } from './coordination.js';
import { SqlDeliveries } from './deliveries.js';
import type { SqlDriver } from './sql.js';
import { json, toSub, type SubRow } from './rows.js';
import type { ArticleStore, SourceStore, Store, Subscription } from './types.js';

/**
 * The store over a SQL driver: the same statements on SQLite and PostgreSQL. The subscriptions are
 * here; the deliveries' claims and marks are in SqlDeliveries, the articles, sources and
 * coordination in stores of their own.
 */
export class SqlStore extends SqlDeliveries implements Store {
  readonly articles: ArticleStore;
  readonly sources: SourceStore;
  readonly coordination: Coordination;

  constructor(db: SqlDriver) {
    super(db);
    this.articles = new SqlArticleStore(db);
    this.sources = new SqlSourceStore(db);
    this.coordination = new SqlCoordination(db);
  }

  async getSubscription(platform: string, channelId: string): Promise<Subscription | null> {
    const row = await this.db.get<SubRow>('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?', [
      platform,
      channelId,
    ]);
    return row ? toSub(row) : null;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.db.all<SubRow>('SELECT * FROM subscriptions ORDER BY platform, channel_id')).map(toSub);
  }

  async upsertSubscription(s: Subscription): Promise<boolean> {
    return this.db.tx(async (q) => {
      const existed =
        (await q.get('SELECT 1 FROM subscriptions WHERE platform = ? AND channel_id = ?', [
          s.platform,
          s.channelId,
        ])) !== undefined;
      if (existed) {
        await q.run(
          `UPDATE subscriptions SET cron = ?, schedule = ?, time_zone = ?, reminders = ?, paused_reason = NULL,
             community = COALESCE(?, community), sources = ?, topics = ?, format = ?
           WHERE platform = ? AND channel_id = ?`,
          [
            s.cron,
            s.schedule,
            s.timeZone,
            s.reminders ? 1 : 0,
            s.community,
            json(s.sources),
            json(s.topics),
            s.format,
            s.platform,
            s.channelId,
          ],
        );
      } else {
        await q.run(
          `INSERT INTO subscriptions (platform, channel_id, cron, schedule, time_zone, reminders, created_by, created_at,
             paused_reason, last_fire_at, cursor, first_article, community, sources, topics, format)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            s.platform,
            s.channelId,
            s.cron,
            s.schedule,
            s.timeZone,
            s.reminders ? 1 : 0,
            s.createdBy,
            s.createdAt,
            s.pausedReason,
            s.lastFireAt,
            s.cursor,
            s.firstArticle,
            s.community,
            json(s.sources),
            json(s.topics),
            s.format,
          ],
        );
      }
      return !existed;
    });
  }

  async removeSubscription(platform: string, channelId: string): Promise<boolean> {
    return (
      (await this.db.run('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?', [platform, channelId])) > 0
    );
  }

  async setPaused(platform: string, channelId: string, reason: string | null): Promise<void> {
    await this.db.run('UPDATE subscriptions SET paused_reason = ? WHERE platform = ? AND channel_id = ?', [
      reason,
      platform,
      channelId,
    ]);
  }

  async setLastFire(platform: string, channelId: string, at: string, opts: { retry?: boolean } = {}): Promise<void> {
    // A retry finishes the fire it retries: that fire stays the last, and the one before it stays too.
    const set = opts.retry ? 'last_fire_at = ?' : 'prev_fire_at = last_fire_at, last_fire_at = ?';
    await this.db.run(`UPDATE subscriptions SET ${set} WHERE platform = ? AND channel_id = ?`, [
      at,
      platform,
      channelId,
    ]);
  }

  async setScheduleFrom(platform: string, channelId: string, at: string): Promise<void> {
    await this.db.run('UPDATE subscriptions SET schedule_from = ? WHERE platform = ? AND channel_id = ?', [
      at,
      platform,
      channelId,
    ]);
  }

  async advanceCursor(platform: string, channelId: string, seq: number): Promise<void> {
    await this.db.run(
      'UPDATE subscriptions SET cursor = ? WHERE platform = ? AND channel_id = ? AND (cursor IS NULL OR cursor < ?)',
      [seq, platform, channelId, seq],
    );
  }

  async restart(
    platform: string,
    channelId: string,
    cursor: number,
    firstArticle: string | null,
    since: string,
  ): Promise<void> {
    await this.db.run(
      'UPDATE subscriptions SET cursor = ?, first_article = ?, created_at = ? WHERE platform = ? AND channel_id = ?',
      [cursor, firstArticle, since, platform, channelId],
    );
  }

  async clearFirstArticle(platform: string, channelId: string): Promise<void> {
    await this.db.run('UPDATE subscriptions SET first_article = NULL WHERE platform = ? AND channel_id = ?', [
      platform,
      channelId,
    ]);
  }

  placeLegacyCursors(): Promise<number> {
    return placeLegacyCursors(this.db);
  }

  async ping(): Promise<void> {
    await this.db.get('SELECT 1 AS ok');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
