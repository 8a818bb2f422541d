import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { PostgresStore } from '../../src/store/postgres.js';
import { NEVER_FETCHED, type Store } from '../../src/store/types.js';
import { freshSchema, havePostgres } from '../support/postgres.js';

// What a bot left running for months keeps on disk: tables that gain rows every day must lose them too.

const DAY = 86_400_000;
const at = (day: number, hour = 6) => new Date(Date.UTC(2025, 0, 1) + day * DAY + hour * 3_600_000).toISOString();
const count = async (s: Store, table: string) =>
  Number((await (s as SqliteStore).db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))?.n ?? 0);

/** `days` of a feed bringing `perDay` stories, each posted to every channel, pruned after `keepDays` as the poller does. */
async function simulate(s: Store, o: { days: number; perDay: number; channels: number; keepDays: number }) {
  await s.sources.addSource(
    {
      ...NEVER_FETCHED,
      fetchedOnce: true,
      url: 'https://wire.example/feed',
      name: 'Wire',
      everyMinutes: 15,
      origin: 'file',
      addedBy: null,
      addedAt: at(0),
    },
    'wire',
  );
  const rows: number[] = [];
  for (let day = 0; day < o.days; day++) {
    const date = at(day).slice(0, 10);
    const ids = await s.sources.commitFetch({
      sourceId: 'wire',
      at: at(day),
      etag: null,
      lastModified: null,
      nextFetchAt: at(day, 7),
      name: null,
      seen: [],
      articles: Array.from({ length: o.perDay }, (_, i) => ({
        idBase: `${date}-story-${i}`,
        keys: [`guid:wire:${date}-${i}`],
        article: {
          sourceId: 'wire',
          sourceName: 'Wire',
          url: null,
          guid: `${date}-${i}`,
          title: `Story ${i}`,
          date,
          text: `Story ${i} of ${date}. The council met.`,
          createdAt: at(day),
        },
      })),
    });
    for (let c = 0; c < o.channels; c++)
      for (const [i, articleId] of ids.entries()) {
        const d = { platform: 'discord', channelId: `ch${c}`, articleId };
        const sentAt = at(day, 8 + i / 60);
        await s.claimDelivery({ ...d, at: sentAt, holder: 'h', leaseUntil: at(day, 9) });
        await s.markSent(d, 'h', sentAt, `m-${c}-${articleId}`);
      }
    await s.sources.pruneArticles(at(day - o.keepDays));
    rows.push(await count(s, 'deliveries'));
  }
  return rows;
}

function longRun(name: string, open: () => Promise<Store> | null) {
  describe(`${name}: a bot left running`, () => {
    it('keeps the deliveries of the articles it keeps, not one row per post for ever', async () => {
      const s = await open();
      if (!s) return;
      const o = { days: 40, perDay: 4, channels: 3, keepDays: 10 };
      const rows = await simulate(s, o);
      // Eleven days of stories are kept (today and the ten before), and so are their deliveries: the
      // count stops growing once pruning starts, where it was 480 rows by day 40 and rising.
      const kept = (o.keepDays + 1) * o.perDay * o.channels;
      expect(rows[rows.length - 1]).toBe(kept);
      expect(Math.max(...rows)).toBe(kept);
      expect(await count(s, 'articles')).toBe((o.keepDays + 1) * o.perDay);
      await s.close();
    });

    it('leaves a post under way, and each channel’s latest post (what /status names), when their stories are pruned', async () => {
      const s = await open();
      if (!s) return;
      await simulate(s, { days: 2, perDay: 1, channels: 2, keepDays: 5 });
      const [id, fresh] = (await s.articles.newest(2)).map((a) => a.id).reverse() as [string, string];
      const set = (channel: string, article: string, status: string) =>
        (s as SqliteStore).db.run(
          'UPDATE deliveries SET status = ?, sent_at = NULL WHERE channel_id = ? AND article_id = ?',
          [status, channel, article],
        );
      // ch0 is posting the older story again right now; ch1's post of the newer one failed.
      await set('ch0', id, 'claimed');
      await set('ch1', fresh, 'failed');
      await s.sources.pruneArticles(at(30));
      expect(await count(s, 'articles')).toBe(0);
      expect((await s.getDelivery('discord', 'ch0', id))?.status).toBe('claimed');
      expect(await s.lastSent('discord', 'ch0')).toMatchObject({ articleId: fresh });
      expect(await s.lastSent('discord', 'ch1')).toMatchObject({ articleId: id });
      expect(await s.getDelivery('discord', 'ch1', fresh)).toBeNull();
      expect(await count(s, 'deliveries')).toBe(3);
      await s.close();
    });

    it('forgets the keys of items no fetch listed since the cut-off, once their feed was read after it, not on 304s alone', async () => {
      const s = await open();
      if (!s) return;
      await simulate(s, { days: 1, perDay: 2, channels: 0, keepDays: 5 });
      const seen = () => count(s, 'source_seen');
      // A fetch that read the feed names what it lists; a 304 (not modified) names nothing.
      const read = (day: number, listed?: string[]) =>
        s.sources.commitFetch({
          sourceId: 'wire',
          at: at(day),
          etag: null,
          lastModified: null,
          nextFetchAt: at(day, 7),
          name: null,
          seen: [],
          articles: [],
          ...(listed ? { listed } : {}),
        });
      const notModified = (day: number) => read(day);
      // The feed answered 304 for 100 days: it may list both still, so both are kept.
      for (let day = 1; day <= 100; day++) await notModified(day);
      expect(await s.sources.pruneSeen(at(91))).toBe(0);
      // Day 101: read, listing the first item only.
      await read(101, [`guid:wire:${at(0).slice(0, 10)}-0`]);
      // A cut-off less than a day before that read: a key refreshed a day late may still be listed.
      expect(await s.sources.pruneSeen(at(100, 12))).toBe(0);
      expect(await s.sources.pruneSeen(at(99))).toBe(1);
      expect(await seen()).toBe(1);
      // A source removed: its keys go at the cut-off.
      await s.sources.removeSource('wire');
      expect(await s.sources.pruneSeen(at(102))).toBe(1);
      expect(await seen()).toBe(0);
      await s.close();
    });
  });
}

longRun('SQLite', () => SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'herald-long-')), 'herald.db')));
const pg = havePostgres();
longRun('PostgreSQL', () => (pg ? freshSchema().then((url) => PostgresStore.open(url, { max: 2 })) : null));
