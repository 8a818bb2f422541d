import { describe, expect, it } from 'vitest';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';
import { storeContract, sub } from './contract.js';
import { StoreOpenError, StoreUnavailableError } from '../../src/errors.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'herald-store-'));
let last = '';
storeContract('SQLite', () => ({
  fresh: () => SqliteStore.open((last = join(tmp(), 'sub', 'herald.db'))),
  again: () => SqliteStore.open(last),
}));

describe('SQLite store (real file)', () => {
  it('creates the folder and file, and keeps data across reopen (migrations run once)', async () => {
    const path = join(tmp(), 'sub', 'herald.db');
    const a = await SqliteStore.open(path);
    expect(await a.upsertSubscription(sub('c1'))).toBe(true);
    await a.close();
    const b = await SqliteStore.open(path);
    expect(await b.getSubscription('discord', 'c1')).toMatchObject({
      schedule: 'daily 08:00',
      timeZone: 'Europe/Kyiv',
      reminders: true,
    });
    await b.close();
  });

  it('waits for another writer’s lock with timers, not a busy wait, then fails with StoreUnavailableError', async () => {
    const path = join(tmp(), 'herald.db');
    const s = await SqliteStore.open(path, { lockWaitMs: 400 });
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE'); // another writer holds the lock
    const order: string[] = [];
    const write = s.upsertSubscription(sub('c1')).then((r) => order.push('write') && r);
    // A busy wait would hold the event loop until the write gave up: this timer would come after it.
    await new Promise((r) => setTimeout(r, 50)).then(() => order.push('timer'));
    other.exec('COMMIT'); // released while the write waits: it goes through
    expect(await write).toBe(true);
    expect(order).toEqual(['timer', 'write']);
    other.exec('BEGIN IMMEDIATE');
    const err = await s.setPaused('discord', 'c1', 'x').catch((e: unknown) => e);
    other.exec('ROLLBACK');
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toMatch(/locked by another process/);
    other.close();
    await s.close();
  });

  it('refuses a database it cannot use with one message naming HERALD_DB and the fix', async () => {
    const root = tmp();
    const notDb = join(root, 'notes.db');
    writeFileSync(notDb, 'these are my notes, not a database '.repeat(200));
    const dir = join(root, 'a-folder');
    mkdirSync(dir);
    const locked = join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const cases = [notDb, dir, ...(process.getuid?.() === 0 ? [] : [join(locked, 'herald.db')])];
    for (const path of cases) {
      const err = await SqliteStore.open(path).catch((e: unknown) => e);
      expect(err, path).toBeInstanceOf(StoreOpenError);
      expect((err as Error).message).toMatch(
        new RegExp(`^HERALD_DB=${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot open the database`),
      );
      expect((err as Error).message).toMatch(/HERALD_DB/);
      expect((err as Error).message).not.toMatch(/\n/);
    }
  });
});

describe('migration from a database of release 0.1.0', () => {
  it('keeps every subscription, delivery, source and stored article, and gives each subscription its cursor', async () => {
    const root = tmp();
    const path = join(root, 'herald.db');
    copyFileSync('tests/fixtures/legacy/herald-v2.db', path);
    const s = await SqliteStore.open(path);
    const subs = await s.listSubscriptions();
    expect(subs.map((x) => `${x.platform}/${x.channelId}`)).toEqual([
      'console/terminal',
      'discord/111',
      'discord/333',
      'slack/C222',
    ]);
    expect(subs.find((x) => x.channelId === 'C222')).toMatchObject({
      schedule: 'weekdays 07:30',
      timeZone: 'America/New_York',
      reminders: false,
    });
    expect(subs.find((x) => x.channelId === '333')?.pausedReason).toMatch(/Missing Access/);
    expect(await s.getDelivery('slack', 'C222', '2024-11-22-library')).toMatchObject({
      status: 'sent',
      messageId: '1700000000.000100',
    });
    expect(await s.getDelivery('slack', 'C222', '2024-11-24-kursk')).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'HTTP 503 Service Unavailable',
    });
    expect((await s.sources.listSources()).map((x) => [x.id, x.origin, x.lastError])).toEqual([
      ['world-desk', 'file', null],
      ['local-example-net', 'chat', 'HTTP 500 Internal Server Error'],
    ]);
    expect((await s.articles.newest(10)).map((a) => a.id)).toEqual(['2024-11-24-market-moves', '2024-11-23-dam-opens']);
    expect(await s.articles.get('2024-11-23-dam-opens')).toMatchObject({
      kind: 'source',
      title: 'Dam opens after ten years',
      sourceId: 'world-desk',
    });
    expect([...(await s.sources.seenKeys(['guid:world-desk:dam', 'guid:world-desk:older-dam'])).keys()]).toEqual([
      'guid:world-desk:dam',
      'guid:world-desk:older-dam',
    ]);
    await s.close();
  });
});
