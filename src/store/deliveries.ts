import { type Param, placeholders, type SqlDriver } from './sql.js';
import { toDelivery, type DelRow } from './rows.js';
import type { Claim, ClaimRequest, Delivery, DeliveryKey, DeliveryStatus } from './types.js';

const KEY = 'platform = ? AND channel_id = ? AND article_id = ?';
const keyOf = (d: DeliveryKey): Param[] => [d.platform, d.channelId, d.articleId];
// IN lists stay well under both databases' parameter limits.
const CHUNK = 500;

/**
 * The deliveries table: one row per (channel, article) post, claimed under a lease before it is
 * posted and marked sent after. Every change is one statement guarded by the holder, so two
 * instances never both post.
 */
export class SqlDeliveries {
  constructor(readonly db: SqlDriver) {}

  async claimDelivery(c: ClaimRequest): Promise<Claim | null> {
    // One statement: the insert, the retry of a failed post, or the takeover of a claim whose holder's
    // lease ran out happens for one worker only. A takeover is suspect: the holder may have posted.
    const row = await this.db.get<{
      attempts: number;
      parts_sent: number;
      suspect: number;
      message_id: string | null;
      batch: string | null;
    }>(
      `INSERT INTO deliveries (platform, channel_id, article_id, status, attempts, claimed_at, claimed_by, lease_until)
       VALUES (?, ?, ?, 'claimed', 1, ?, ?, ?)
       ON CONFLICT (platform, channel_id, article_id) DO UPDATE SET
         status = 'claimed', attempts = deliveries.attempts + 1,
         claimed_at = excluded.claimed_at, claimed_by = excluded.claimed_by, lease_until = excluded.lease_until,
         suspect = CASE WHEN deliveries.status = 'claimed' THEN 1 ELSE deliveries.suspect END
       WHERE deliveries.status = 'failed'
         OR (deliveries.status = 'claimed'
           AND (deliveries.lease_until IS NULL OR deliveries.lease_until < excluded.claimed_at))
       RETURNING attempts, parts_sent, suspect, message_id, batch`,
      [c.platform, c.channelId, c.articleId, c.at, c.holder, c.leaseUntil],
    );
    return row
      ? {
          attempts: Number(row.attempts),
          partsSent: Number(row.parts_sent),
          suspect: Number(row.suspect) === 1,
          messageId: row.message_id,
          batch: row.batch,
        }
      : null;
  }

  async renewClaim(d: DeliveryKey, holder: string, leaseUntil: string): Promise<boolean> {
    return (
      (await this.db.run(
        `UPDATE deliveries SET lease_until = ? WHERE ${KEY} AND status = 'claimed' AND claimed_by = ?`,
        [leaseUntil, ...keyOf(d), holder],
      )) > 0
    );
  }

  async recordParts(d: DeliveryKey, holder: string, parts: number, messageId: string | null): Promise<void> {
    await this.db.run(
      `UPDATE deliveries SET parts_sent = ?, message_id = COALESCE(message_id, ?)
       WHERE ${KEY} AND status = 'claimed' AND claimed_by = ?`,
      [parts, messageId, ...keyOf(d), holder],
    );
  }

  async setBatch(
    platform: string,
    channelId: string,
    articleIds: string[],
    holder: string,
    batch: string,
  ): Promise<void> {
    for (let i = 0; i < articleIds.length; i += CHUNK) {
      const ids = articleIds.slice(i, i + CHUNK);
      await this.db.run(
        `UPDATE deliveries SET batch = ?, parts_sent = 0
         WHERE platform = ? AND channel_id = ? AND status = 'claimed' AND claimed_by = ?
           AND article_id IN (${placeholders(ids)})`,
        [batch, platform, channelId, holder, ...ids],
      );
    }
  }

  async batchArticles(platform: string, channelId: string, batch: string): Promise<string[]> {
    const rows = await this.db.all<{ article_id: string }>(
      'SELECT article_id FROM deliveries WHERE platform = ? AND channel_id = ? AND batch = ? ORDER BY article_id',
      [platform, channelId, batch],
    );
    return rows.map((r) => r.article_id);
  }

  async postedBehindSince(platform: string, channelId: string, seq: number, since: string): Promise<boolean> {
    const row = await this.db.get(
      `SELECT 1 AS n FROM deliveries d JOIN articles a ON a.id = d.article_id
       WHERE d.platform = ? AND d.channel_id = ? AND d.sent_at > ? AND a.seq < ? LIMIT 1`,
      [platform, channelId, since, seq],
    );
    return row !== undefined;
  }

  async lastSent(
    platform: string,
    channelId: string,
  ): Promise<{ articleId: string; sentAt: string; messageId: string | null } | null> {
    const row = await this.db.get<{ article_id: string; sent_at: string; message_id: string | null }>(
      `SELECT article_id, sent_at, message_id FROM deliveries
       WHERE platform = ? AND channel_id = ? AND sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT 1`,
      [platform, channelId],
    );
    return row ? { articleId: row.article_id, sentAt: row.sent_at, messageId: row.message_id } : null;
  }

  async markSent(d: DeliveryKey, holder: string, at: string, messageId: string | null): Promise<boolean> {
    const n = await this.db.run(
      `UPDATE deliveries SET status = 'sent', sent_at = ?, message_id = COALESCE(message_id, ?), last_error = NULL,
         lease_until = NULL, suspect = 0
       WHERE ${KEY} AND status = 'claimed' AND claimed_by = ?`,
      [at, messageId, ...keyOf(d), holder],
    );
    return n > 0;
  }

  async releaseDelivery(d: DeliveryKey, holder: string, error: string): Promise<void> {
    await this.endClaim(d, holder, 'failed', error);
  }

  async abandonDelivery(d: DeliveryKey, holder: string, error: string): Promise<void> {
    await this.endClaim(d, holder, 'abandoned', error);
  }

  private async endClaim(d: DeliveryKey, holder: string, status: 'failed' | 'abandoned', error: string): Promise<void> {
    await this.db.run(
      `UPDATE deliveries SET status = ?, last_error = ?, lease_until = NULL
       WHERE ${KEY} AND status = 'claimed' AND claimed_by = ?`,
      [status, error.slice(0, 500), ...keyOf(d), holder],
    );
  }

  async statesAmong(platform: string, channelId: string, articleIds: string[]): Promise<Map<string, DeliveryStatus>> {
    const out = new Map<string, DeliveryStatus>();
    for (let i = 0; i < articleIds.length; i += CHUNK) {
      const ids = articleIds.slice(i, i + CHUNK);
      const rows = await this.db.all<{ article_id: string; status: DeliveryStatus }>(
        `SELECT article_id, status FROM deliveries
         WHERE platform = ? AND channel_id = ? AND article_id IN (${placeholders(ids)})`,
        [platform, channelId, ...ids],
      );
      for (const r of rows) out.set(r.article_id, r.status);
    }
    return out;
  }

  async staleClaims(at: string): Promise<Delivery[]> {
    const rows = await this.db.all<DelRow>(
      `SELECT * FROM deliveries
       WHERE status = 'claimed' AND (lease_until IS NULL OR lease_until < ?) ORDER BY claimed_at`,
      [at],
    );
    return rows.map(toDelivery);
  }

  async releaseStaleClaims(at: string): Promise<number> {
    return this.db.run(
      `UPDATE deliveries SET status = 'failed', suspect = 1, lease_until = NULL,
         last_error = COALESCE(last_error, 'interrupted: Herald stopped while posting')
       WHERE status = 'claimed' AND (lease_until IS NULL OR lease_until < ?)`,
      [at],
    );
  }

  async channelsWithLapsedClaims(at: string, limit: number): Promise<Array<{ platform: string; channelId: string }>> {
    const rows = await this.db.all<{ platform: string; channel_id: string }>(
      `SELECT DISTINCT platform, channel_id FROM deliveries
       WHERE status = 'claimed' AND (lease_until IS NULL OR lease_until < ?) LIMIT ?`,
      [at, limit],
    );
    return rows.map((r) => ({ platform: r.platform, channelId: r.channel_id }));
  }

  async letGoOfClaims(holder: string, at: string): Promise<number> {
    return this.db.run(`UPDATE deliveries SET lease_until = ? WHERE status = 'claimed' AND claimed_by = ?`, [
      at,
      holder,
    ]);
  }

  async getDelivery(platform: string, channelId: string, articleId: string): Promise<Delivery | null> {
    const row = await this.db.get<DelRow>(`SELECT * FROM deliveries WHERE ${KEY}`, [platform, channelId, articleId]);
    return row ? toDelivery(row) : null;
  }
}
