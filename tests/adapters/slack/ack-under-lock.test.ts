import Database from 'better-sqlite3';
import { setImmediate as tick } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../../src/schedule/scheduler.js';
import type { SqliteStore } from '../../../src/store/sqlite.js';
import { TEST_HOLDER } from '../../support/services.js';
import { blockTexts, slashCommand, startHarness, type Harness } from './harness.js';

// Slack wants a slash command acknowledged within 3 seconds. A database wait must not hold that back:
// SQLite's own busy handler would block the whole process while another writer holds the lock.
describe('Slack: a command is acknowledged while the database is write-locked by another connection (issue 14, item 8)', () => {
  let h: Harness;
  let locker: Database.Database;
  beforeEach(async () => {
    // Patient enough that the scheduled write below outlasts the command, however slow the machine.
    h = await startHarness({ mode: 'http', lockWaitMs: 20_000 });
    locker = new Database(h.dbPath);
  });
  afterEach(async () => {
    if (locker.inTransaction) locker.exec('ROLLBACK');
    locker.close();
    await h.close();
  });

  it('/herald digest is acked (empty 200) and answered while a scheduled post waits for the lock; the post goes out once the lock is gone', async () => {
    await h.subscribe('C0NEWS');
    // The scheduler's store, with a probe that says when the fire reaches its first write.
    let reached!: () => void;
    const atWrite = new Promise<void>((r) => (reached = r));
    const store = Object.create(h.store) as SqliteStore;
    store.setLastFire = (...args) => {
      reached();
      return h.store.setLastFire(...args);
    };
    const scheduler = new Scheduler({
      store,
      library: h.library,
      posters: new Map([['slack', h.adapter]]),
      log: h.log,
      clock: h.clock,
      maxRetries: 1,
      backoffMs: 10,
      ...TEST_HOLDER,
    });

    locker.exec('BEGIN IMMEDIATE');
    let fireSettled = false;
    const fire = scheduler.fire('slack', 'C0NEWS', 'scheduled').finally(() => (fireSettled = true));
    await atWrite;
    await tick(); // the write is now waiting for the lock

    const url = h.fake.responseUrl();
    const res = await h.postCommand(slashCommand({ text: 'digest', response_url: url }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    // Acked while the other writer still holds the lock and the scheduled write is still waiting for it.
    expect(locker.inTransaction).toBe(true);
    expect(fireSettled).toBe(false);

    // Reading is not blocked by a writer (WAL): the digest itself arrives while the lock is held.
    await h.fake.waitFor(() => h.fake.responsesTo(url).length >= 1, 10_000, 'the digest at response_url');
    expect(fireSettled).toBe(false);
    const answer = h.fake.responsesTo(url)[0]?.body ?? {};
    expect(answer.response_type).toBe('in_channel');
    expect(blockTexts(answer.blocks).join('\n')).toContain('2024-11-24-kursk');

    locker.exec('COMMIT');
    expect(await fire).toMatchObject({ posted: ['2024-11-24-kursk'], failed: [] });
    expect(h.fake.messagesIn('C0NEWS')).toHaveLength(1);
    await scheduler.stop(2000);
  }, 60_000);
});
