import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Subscription } from '../../src/store/types.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'herald-store-')), 'sub', 'herald.db');
const sub = (channelId: string, over: Partial<Subscription> = {}): Subscription => ({
  platform: 'discord', channelId, cron: '0 8 * * *', schedule: 'daily 08:00', timeZone: 'Europe/Kyiv', reminders: true,
  createdBy: 'u1', createdAt: '2024-11-24T00:00:00Z', pausedReason: null, lastFireAt: null, ...over,
});

describe('SQLite store (real file)', () => {
  it('creates the folder and file, and keeps data across reopen (migrations run once)', () => {
    const path = file();
    const a = new SqliteStore(path);
    expect(a.upsertSubscription(sub('c1'))).toBe(true);
    a.close();
    const b = new SqliteStore(path);
    expect(b.getSubscription('discord', 'c1')).toMatchObject({ schedule: 'daily 08:00', timeZone: 'Europe/Kyiv', reminders: true });
    b.close();
  });

  it('replaces a channel’s subscription and clears its pause', () => {
    const s = new SqliteStore(file());
    s.upsertSubscription(sub('c1'));
    s.setPaused('discord', 'c1', 'Missing Access');
    expect(s.upsertSubscription(sub('c1', { cron: '0 * * * *', schedule: 'hourly' }))).toBe(false);
    expect(s.getSubscription('discord', 'c1')).toMatchObject({ schedule: 'hourly', pausedReason: null });
    expect(s.listSubscriptions()).toHaveLength(1);
    expect(s.removeSubscription('discord', 'c1')).toBe(true);
    expect(s.removeSubscription('discord', 'c1')).toBe(false);
  });

  it('lets only one worker claim a delivery, even through two connections to the same file', () => {
    const path = file();
    const a = new SqliteStore(path);
    const b = new SqliteStore(path);
    expect(a.claimDelivery('discord', 'c1', 'art', 't')).toBe(true);
    expect(b.claimDelivery('discord', 'c1', 'art', 't')).toBe(false);
    a.markSent('discord', 'c1', 'art', 't2', 'm1');
    expect(b.claimDelivery('discord', 'c1', 'art', 't')).toBe(false);
    expect(b.getDelivery('discord', 'c1', 'art')).toMatchObject({ status: 'sent', messageId: 'm1', attempts: 1 });
    expect(a.claimDelivery('discord', 'c2', 'art', 't')).toBe(true); // another channel is another delivery
  });

  it('gives a failed post back for retry, counting attempts', () => {
    const s = new SqliteStore(file());
    s.claimDelivery('slack', 'c1', 'art', 't');
    s.releaseDelivery('slack', 'c1', 'art', 'HTTP 503');
    expect(s.handledArticles('slack', 'c1').has('art')).toBe(false);
    expect(s.claimDelivery('slack', 'c1', 'art', 't')).toBe(true);
    expect(s.getDelivery('slack', 'c1', 'art')).toMatchObject({ status: 'claimed', attempts: 2, lastError: 'HTTP 503' });
  });

  it('finds claims left by a crash and releases them', () => {
    const path = file();
    const a = new SqliteStore(path);
    a.claimDelivery('slack', 'c1', 'art', 't');
    a.markSkipped('slack', 'c1', ['old1', 'old2'], 't');
    a.close(); // the process "crashes" here: no markSent
    const b = new SqliteStore(path);
    expect(b.staleClaims().map((d) => d.articleId)).toEqual(['art']);
    expect(b.releaseStaleClaims()).toBe(1);
    expect(b.staleClaims()).toEqual([]);
    expect([...b.handledArticles('slack', 'c1')].sort()).toEqual(['old1', 'old2']);
    expect(b.claimDelivery('slack', 'c1', 'old1', 't')).toBe(false); // skipped stays skipped
  });
});
