import type { SqlDriver } from './sql.js';

const BATCH = 500;

/**
 * Gives each subscription from a release-0.1.0 database (cursor still NULL) the cursor that keeps
 * exactly what it had not had: just before the first article, in sequence order, with no sent or
 * skipped row for its channel. Its skipped rows at or before the cursor are then dropped;
 * skipped rows after it stay (they still say "not for this channel") until a fire passes them.
 */
export async function placeLegacyCursors(db: SqlDriver): Promise<number> {
  const subs = await db.all<{ platform: string; channel_id: string }>(
    'SELECT platform, channel_id FROM subscriptions WHERE cursor IS NULL',
  );
  for (const s of subs) {
    const cursor = await firstGap(db, s.platform, s.channel_id);
    await db.tx(async (q) => {
      await q.run('UPDATE subscriptions SET cursor = ? WHERE platform = ? AND channel_id = ? AND cursor IS NULL', [
        cursor,
        s.platform,
        s.channel_id,
      ]);
      await q.run(
        `DELETE FROM deliveries WHERE platform = ? AND channel_id = ? AND status = 'skipped'
           AND article_id NOT IN (SELECT id FROM articles WHERE seq > ?)`,
        [s.platform, s.channel_id, cursor],
      );
    });
  }
  return subs.length;
}

async function firstGap(db: SqlDriver, platform: string, channelId: string): Promise<number> {
  let last = 0;
  for (;;) {
    const rows = await db.all<{ seq: number; handled: number }>(
      `SELECT a.seq, (SELECT COUNT(*) FROM deliveries d WHERE d.platform = ? AND d.channel_id = ? AND d.article_id = a.id AND d.status IN ('sent', 'skipped', 'abandoned')) AS handled
       FROM articles a WHERE a.seq > ? ORDER BY a.seq LIMIT ?`,
      [platform, channelId, last, BATCH],
    );
    for (const r of rows) {
      if (Number(r.handled) === 0) return Number(r.seq) - 1;
      last = Number(r.seq);
    }
    if (rows.length < BATCH) return last;
  }
}
