import Database from 'better-sqlite3';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { createLogger } from '../../src/log.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { makeWorld, RecordingAdapter, TEST_HOLDER, worldScheduler } from '../support/services.js';
import { StoreUnavailableError } from '../../src/errors.js';

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterEach(async () => {
  vi.useRealTimers();
  while (cleanups.length) await cleanups.pop()?.();
});

// A platform with no way to look a post up (no findPosted, no idempotency key): only this process's
// memory of what it posted keeps a post the store could not record from going out twice.
describe('a post the platform accepted while the database was locked (issue 14, item 6)', () => {
  it('is not posted again by the same process once the database is back: it is marked sent', async () => {
    const w = await makeWorld();
    await w.bus.run(
      'subscribe',
      { schedule: 'hourly', reminders: false },
      { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true },
    );
    // The same file, with a store that gives up on a locked statement quickly.
    w.files.stop();
    await w.store.close();
    const store = await SqliteStore.open(w.dbPath, { lockWaitMs: 100 });
    const files = new ArticleFiles({ dir: w.dir, store: store.articles, clock: w.clock });
    await files.sync();
    const locker = new Database(w.dbPath);
    cleanups.push(async () => {
      if (locker.inTransaction) locker.exec('ROLLBACK');
      locker.close();
      await store.close();
    });

    // The platform accepts the first post; at that moment another writer takes the database.
    const adapter = new RecordingAdapter();
    const post = adapter.post.bind(adapter);
    let locked = false;
    adapter.post = async (...args) => {
      const res = await post(...args);
      if (!locked) locker.exec('BEGIN IMMEDIATE');
      locked = true;
      return res;
    };
    const logs: string[] = [];
    const scheduler = new Scheduler({
      store,
      library: new ArticleLibrary(w.dir, store.articles, files),
      posters: new Map([['test', adapter]]),
      log: createLogger('warn', [], (l) => logs.push(l)),
      clock: w.clock,
      maxRetries: 2,
      backoffMs: 1,
      sleep: (ms) => delay(Math.min(ms, 20)),
      ...TEST_HOLDER,
    });
    cleanups.push(() => scheduler.stop(1000));

    expect(await scheduler.fire('test', 'c1', 'scheduled')).toBeNull();
    expect(adapter.digestsTo('c1')).toEqual(['2024-11-24-kursk']);
    expect(logs.filter((l) => l.includes('database unavailable'))).toHaveLength(1);

    // The lock goes; past the 30 s pause and the claim's lease, the next fire records the post.
    locker.exec('COMMIT');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    w.clock.set('2024-11-24T12:01:00Z');
    expect(await scheduler.fire('test', 'c1', 'scheduled')).toMatchObject({ posted: ['2024-11-24-kursk'] });
    expect(adapter.digestsTo('c1')).toEqual(['2024-11-24-kursk']);
    expect(await store.getDelivery('test', 'c1', '2024-11-24-kursk')).toMatchObject({ status: 'sent', messageId: '1' });
  });
});

// Several instances on PostgreSQL take each scheduled fire first; with the server down, every
// channel's fire failed there and logged its own error with a stack: 1,001 lines a fire.
describe('a scheduled fan-out while the shared database is down', () => {
  it('logs the outage once, naming the channel that found it, not once per channel', async () => {
    const w = await makeWorld();
    const channels = Array.from({ length: 20 }, (_, i) => `ch${i}`);
    for (const channelId of channels)
      await w.bus.run(
        'subscribe',
        { schedule: 'daily 08:00', reminders: false },
        { platform: 'test', channelId, userId: 'u1', canManage: true },
      );
    let tries = 0;
    w.store.coordination.takeFire = async () => {
      tries++;
      throw new StoreUnavailableError('the PostgreSQL server is unreachable (connect ECONNREFUSED 127.0.0.1:5432)');
    };
    const logs: string[] = [];
    const adapter = new RecordingAdapter();
    const scheduler = worldScheduler(w, adapter, {
      exclusive: false,
      holder: 'A',
      maxConcurrentFires: 5,
      log: createLogger('info', [], (l) => logs.push(l)),
    });
    cleanups.push(() => scheduler.stop(1000));

    const due = new Date('2024-11-25T08:00:00Z');
    await Promise.all(channels.map((c) => scheduler.fire('test', c, 'scheduled', due)));
    expect(adapter.posts).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(JSON.parse(logs[0] ?? '{}')).toMatchObject({
      level: 'error',
      msg: 'database unavailable; scheduled posts stop for 30 s',
      channel: 'ch0',
      error: expect.stringContaining('unreachable'),
    });
    // Only the fires already under way knocked; the others did not try a database known to be down.
    expect(tries).toBeLessThanOrEqual(5);
  });
});
