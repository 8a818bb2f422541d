import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { articlesDir, openServices, slackScheduler, startHarness, type Harness } from './harness.js';

// An article that fits one Slack message.
const ARTICLE = `---
title: Ferry timetable changes for the winter
date: 2024-11-29
source: Harbour Gazette
---
The ferry operator will switch to the winter timetable on 9 December, with fewer crossings on weekdays.

“We had to balance the costs against the needs of the islanders,” said Tomas Lind, the operator's director.

Islanders have asked for an extra evening crossing on Fridays. The council will discuss it in January.
`;
const ID = '2024-11-29-ferry';

/** The log lines (parsed) whose msg contains `text`. */
const logged = (h: Harness, text: string): Array<Record<string, unknown>> =>
  h.logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => String(l.msg).includes(text));

/** Log lines that report a statement given up on because another process held the database. */
const storeFailures = (h: Harness): number =>
  h.logs.filter((l) => l.includes('stayed locked by another process')).length;

describe('Slack: the database is locked by another writer while a post waits out a 429 (issue 14, item 6)', () => {
  const dir = articlesDir({ [`${ID}.md`]: ARTICLE });
  let h: Harness;
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()?.();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A Slack harness whose store waits `lockWaitMs` for a writer, and another connection that takes the write lock at the 429. */
  async function setup(lockWaitMs: number, sleep?: (ms: number) => Promise<void>) {
    h = await startHarness({ mode: 'http', digests: dir, lockWaitMs });
    cleanups.push(() => h.close());
    const scheduler = slackScheduler(h, sleep ? { sleep } : {});
    cleanups.push(() => scheduler.stop(2000));
    // The other writer: a second connection to the same file, as another process would have.
    const locker = new Database(h.dbPath);
    cleanups.push(() => {
      if (locker.inTransaction) locker.exec('ROLLBACK');
      locker.close();
    });
    h.fake.failNext('chat.postMessage', 1, 1);
    h.fake.onRequest = (r) => {
      // While the adapter waits out the 429 (Retry-After 1), the other writer takes the lock.
      if (r.api === 'chat.postMessage' && r.status === 429 && !locker.inTransaction) locker.exec('BEGIN IMMEDIATE');
    };
    const status = () =>
      (
        locker.prepare('SELECT status FROM deliveries WHERE channel_id = ? AND article_id = ?').get('C0NEWS', ID) as
          | { status?: string }
          | undefined
      )?.status;
    return { scheduler, locker, status };
  }

  it('lock released after a few seconds: the write is retried (not the post), one message in the channel, marked sent', async () => {
    const { scheduler, locker, status } = await setup(300);
    await h.subscribe('C0NEWS');
    const fire = scheduler.fire('slack', 'C0NEWS', 'scheduled');

    // Slack has the post; writes to the store have failed three times since, and it still says "claimed".
    await h.fake.waitFor(
      () => h.fake.messagesIn('C0NEWS').length > 0 && storeFailures(h) >= 3,
      15_000,
      'the post, then three failed writes',
    );
    expect(locker.inTransaction).toBe(true);
    expect(status()).toBe('claimed');
    locker.exec('COMMIT');

    expect(await fire).toMatchObject({ posted: [ID], failed: [] });
    const messages = h.fake.messagesIn('C0NEWS');
    expect(messages).toHaveLength(1);
    expect(h.fake.calls('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(await h.store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({
      status: 'sent',
      messageId: messages[0]?.ts,
    });
    expect(logged(h, 'database unavailable')).toEqual([]);

    // The next day's fire knows it was sent: a countdown reminder, not the digest again.
    h.clock.set(new Date(h.clock.now().getTime() + 86_400_000).toISOString());
    expect(await scheduler.fire('slack', 'C0NEWS', 'scheduled')).toMatchObject({ posted: [], reminder: true });
    expect(
      h.fake.messagesIn('C0NEWS').filter((m) => m.metadata?.event_payload.delivery === `slack:C0NEWS:${ID}`),
    ).toHaveLength(1);
  }, 30_000);

  it('lock held past the store’s patience: the fan-out stops with one clear error, nothing posted twice; after a restart the post is found in the channel and marked sent', async () => {
    const { scheduler, locker } = await setup(200, (ms) => delay(Math.min(ms, 50)));
    await h.subscribe('C0NEWS');
    await h.subscribe('C0MORE');

    expect(await scheduler.fire('slack', 'C0NEWS', 'scheduled')).toBeNull();
    expect(h.fake.messagesIn('C0NEWS')).toHaveLength(1);
    const errors = logged(h, 'database unavailable');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ level: 'error', channel: 'C0NEWS' });
    expect(String(errors[0]?.error)).toMatch(
      new RegExp(`posted ${ID} to C0NEWS, but could not record it: the database file stayed locked`),
    );

    // The fan-out has stopped: the next channel's fire does not reach Slack, and is not logged again.
    const calls = h.fake.requests.length;
    expect(await scheduler.fire('slack', 'C0MORE', 'scheduled')).toBeNull();
    expect(h.fake.requests).toHaveLength(calls);
    expect(logged(h, 'database unavailable')).toHaveLength(1);

    // "Restart": this process goes away (its memory with it), the other writer lets go, and a new
    // store and scheduler open the same file.
    await scheduler.stop(2000);
    await h.store.close();
    locker.exec('ROLLBACK');
    const again = await openServices(h.dbPath, dir);
    cleanups.push(async () => {
      again.files.stop();
      await again.store.close();
    });
    const restarted = slackScheduler(h, { store: again.store, library: again.library });
    cleanups.push(() => restarted.stop(2000));
    await restarted.start();

    const news = h.fake.messagesIn('C0NEWS');
    expect(news).toHaveLength(1);
    expect(h.fake.calls('conversations.history').map((c) => c.body.channel)).toContain('C0NEWS');
    expect(logged(h, 'post found already in the channel')).toHaveLength(1);
    expect(await again.store.getDelivery('slack', 'C0NEWS', ID)).toMatchObject({
      status: 'sent',
      messageId: news[0]?.ts,
    });
    // The channel whose fire was skipped gets its post now, once.
    expect(h.fake.messagesIn('C0MORE')).toHaveLength(1);
    expect(await again.store.getDelivery('slack', 'C0MORE', ID)).toMatchObject({ status: 'sent' });
  }, 30_000);
});
