import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres.js';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { createLogger } from '../../src/log.js';
import { RecordingAdapter, TestClock } from '../support/services.js';
import { freshSchema, havePostgres } from '../support/postgres.js';
import { subscription } from '../support/subscription.js';

const enabled = havePostgres();
const CHANNELS = Array.from({ length: 12 }, (_, i) => `ch${i}`);
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

/** Three Herald instances (store, library, scheduler, platform) on one PostgreSQL database. */
async function instances(now = '2024-11-24T12:00:00Z') {
  const url = await freshSchema();
  const dir = join(mkdtempSync(join(tmpdir(), 'herald-multi-')), 'digests');
  mkdirSync(dir);
  copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
  const clock = new TestClock(new Date(now));
  const out = [];
  for (const holder of ['A', 'B', 'C']) {
    const lines: string[] = [];
    const log = createLogger('info', [], (l) => void lines.push(l));
    const store = await PostgresStore.open(url, { max: 4 });
    const files = new ArticleFiles({ dir, store: store.articles, clock });
    await files.sync();
    const library = new ArticleLibrary(dir, store.articles, files);
    const adapter = new RecordingAdapter();
    const scheduler = new Scheduler({
      store,
      library,
      posters: new Map([['test', adapter]]),
      log,
      clock,
      maxRetries: 0,
      backoffMs: 1,
      sleep: async () => {},
      holder,
      exclusive: false,
      syncEveryMs: 200,
    });
    cleanup.push(async () => {
      await scheduler.stop(1000);
      await store.close();
    });
    out.push({ holder, store, adapter, scheduler, lines });
  }
  const [a] = out;
  for (const channelId of CHANNELS) {
    await a!.store.upsertSubscription(
      subscription(channelId, { platform: 'test', timeZone: 'UTC', createdAt: now, lastFireAt: now }),
    );
  }
  return { all: out, clock };
}

const posts = (all: Array<{ adapter: RecordingAdapter }>, kind: 'digest' | 'reminder') =>
  all.flatMap((i) => i.adapter.posts.filter((p) => p.reply.kind === kind).map((p) => p.channelId)).sort();

describe.runIf(enabled)('several instances on one PostgreSQL', () => {
  it('each scheduled fire runs on one instance: every channel gets its digest once, then one reminder a fire', async () => {
    const { all, clock } = await instances();
    // Every instance's node-cron ticks for every channel at the same slot, at that slot's time.
    const fireAll = (due: string) => {
      clock.set(due);
      return Promise.all(
        all.flatMap((i) => CHANNELS.map((c) => i.scheduler.fire('test', c, 'scheduled', new Date(due)))),
      );
    };
    const first = await fireAll('2024-11-24T08:00:00.000Z');
    expect(first.filter((o) => o !== null)).toHaveLength(CHANNELS.length);
    expect(posts(all, 'digest')).toEqual([...CHANNELS].sort());
    await fireAll('2024-11-25T08:00:00.000Z');
    expect(posts(all, 'reminder')).toEqual([...CHANNELS].sort()); // one each, not three
    expect(posts(all, 'digest')).toHaveLength(CHANNELS.length);
  });

  it('an instance that is gone leaves its fires and claims to the others, and nothing is posted twice', async () => {
    const { all, clock } = await instances();
    const [a, b] = all as [(typeof all)[number], (typeof all)[number]];
    // A took two fires and claimed one post, then died: it says nothing more.
    await a.store.coordination.beat('A', '2024-11-24T11:59:00.000Z');
    for (const c of ['ch0', 'ch1'])
      await a.store.coordination.takeFire(
        { platform: 'test', channelId: c, dueAt: '2024-11-24T11:59:00.000Z', holder: 'A' },
        't',
      );
    await a.store.claimDelivery({
      platform: 'test',
      channelId: 'ch2',
      articleId: '2024-11-24-kursk',
      at: '2024-11-24T11:59:00.000Z',
      holder: 'A',
      leaseUntil: '2024-11-24T11:59:30.000Z',
    });
    await b.store.coordination.beat('B', clock.now().toISOString());
    await b.scheduler.sweep();
    expect(posts(all, 'digest')).toEqual(['ch0', 'ch1', 'ch2']);
    expect(b.adapter.posts.map((p) => p.channelId).sort()).toEqual(['ch0', 'ch1', 'ch2']);
    // One warning for the look, naming the instance gone and the channels, not one per channel.
    const warned = b.lines.filter((l) => l.includes('"level":"warn"')).map((l) => JSON.parse(l));
    expect(warned).toEqual([
      expect.objectContaining({ msg: 'taking over fires of an instance that is gone', count: 2, from: ['A'] }),
    ]);
    expect([...warned[0].channels].sort()).toEqual(['test:ch0', 'test:ch1']);
    expect(await b.store.getDelivery('test', 'ch2', '2024-11-24-kursk')).toMatchObject({
      status: 'sent',
      claimedBy: 'B',
      suspect: false,
    });
    // Nothing is left to take over: a second look posts nothing, not even a reminder.
    await b.scheduler.sweep();
    expect(b.adapter.posts).toHaveLength(3);
    expect(await b.store.coordination.orphanFires('9999-12-31', 10)).toEqual([]);
  });

  it('a stopping instance lets go of its claims, and another takes them at its next look', async () => {
    const { all, clock } = await instances();
    const [a, b] = all as [(typeof all)[number], (typeof all)[number]];
    // A post that never ends: A stops before it does.
    let release!: () => void;
    a.adapter.post = () => new Promise((r) => (release = () => r({ messageId: 'late' })));
    void a.scheduler.fire('test', 'ch3', 'manual');
    await new Promise((r) => setTimeout(r, 200));
    expect(await a.scheduler.stop(50)).toBe(false);
    clock.set('2024-11-24T12:00:01Z'); // a moment later, well inside the 30 s lease A had
    await b.scheduler.sweep();
    expect(b.adapter.posts.map((p) => p.channelId)).toEqual(['ch3']);
    release();
  });
});

describe.runIf(enabled)('a subscription changed on one instance', () => {
  // Every second, faster than /subscribe allows, so that live node-cron tasks fire within the test.
  const EVERY_SECOND = '* * * * * *';
  const NEVER_SOON = '0 0 1 1 *';
  const until = async (done: () => boolean, ms: number) => {
    const end = Date.now() + ms;
    while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  };

  it('the other instances stop firing on the old schedule and take up a new subscription', async () => {
    const { all, clock } = await instances();
    const [a, b] = all as [(typeof all)[number], (typeof all)[number]];
    const base = await a.store.getSubscription('test', 'ch0');
    await a.store.upsertSubscription({ ...base!, cron: EVERY_SECOND, schedule: 'every second' });
    for (const i of [a, b]) await i.scheduler.start();
    // Both instances run ch0 every second; each fire is taken by one of them.
    await until(() => posts(all, 'reminder').length >= 2, 5000);
    expect(posts(all, 'digest')).toEqual(['ch0']);

    // Someone changes ch0's schedule through A (the load balancer sent the command there), and
    // subscribes ch1 there too: only A is told at once.
    await a.store.upsertSubscription({ ...base!, cron: NEVER_SOON, schedule: 'yearly' });
    await a.scheduler.syncOne('test', 'ch0');
    const before = posts(all, 'reminder').length;
    await new Promise((r) => setTimeout(r, 2500));
    // Nothing more on the old schedule, from A or from B.
    expect(posts(all, 'reminder')).toHaveLength(before);

    const ch1 = await a.store.getSubscription('test', 'ch1');
    await a.store.upsertSubscription({ ...ch1!, cron: EVERY_SECOND, schedule: 'every second' });
    await a.scheduler.syncOne('test', 'ch1');
    await a.scheduler.stop(1000); // A goes away: B alone keeps ch1 going
    clock.set('2024-11-24T12:00:01Z');
    await until(() => b.adapter.posts.some((p) => p.channelId === 'ch1'), 5000);
    expect(b.adapter.digestsTo('ch1')).toEqual(['2024-11-24-kursk']);
  }, 20_000);
});
