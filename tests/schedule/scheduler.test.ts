import { replyText } from '../support/reply-text.js';
import { subscription } from '../support/subscription.js';
import { afterEach, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { silentLogger } from '../../src/log.js';
import { makeWorld, RecordingAdapter, TEST_HOLDER } from '../support/services.js';
import { ChannelUnavailableError } from '../../src/errors.js';

const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

async function setup(now = '2024-11-24T12:00:00Z') {
  const w = await makeWorld(now);
  const adapter = new RecordingAdapter();
  const scheduler = new Scheduler({
    store: w.store,
    library: w.library,
    posters: new Map([['test', adapter]]),
    log: silentLogger,
    clock: w.clock,
    maxRetries: 2,
    backoffMs: 1,
    sleep: async () => {},
    ...TEST_HOLDER,
  });
  stoppers.push(() => scheduler.stop(1000));
  return { ...w, adapter, scheduler };
}

describe('scheduled delivery', () => {
  it('a new subscription starts with the newest article, and gets each article once across many fires', async () => {
    const w = await setup();
    await w.addArticle(
      '2024-11-01-old',
      '2024-11-01',
      'An older story about the harbour bridge repairs in the city. The council voted.',
    );
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('c1'));
    // Hourly fires over three days: the first posts the newest article, and with nothing new after it
    // a day's first fire posts the one-line countdown reminder, its other fires nothing.
    for (let i = 0; i < 72; i++) {
      w.clock.set(new Date(Date.parse('2024-11-24T12:00:00Z') + i * 3_600_000).toISOString());
      await w.scheduler.fire('test', 'c1', 'scheduled');
    }
    expect(w.adapter.digestsTo('c1')).toEqual(['2024-11-24-kursk']);
    const reminders = w.adapter.posts.filter((p) => p.reply.kind === 'reminder');
    expect(reminders.map((p) => p.reply.parts[0]?.text)).toEqual([
      expect.stringMatching(/^⏳ 56 days to go/),
      expect.stringMatching(/^⏳ 55 days to go/),
      expect.stringMatching(/^⏳ 54 days to go/),
    ]);
  });

  it('posts the day’s countdown line at 09:00 in the channel’s time zone, not at midnight', async () => {
    const w = await setup('2024-11-24T20:00:00Z');
    await w.bus.run('subscribe', { schedule: 'hourly', timezone: 'Europe/Kyiv' }, caller('c1'));
    const remindedAt: string[] = [];
    // From 23:00 on 24 November to 22:00 on 25 November, Kyiv time (UTC+2).
    for (let h = 21; h < 21 + 24; h++) {
      w.clock.set(new Date(Date.UTC(2024, 10, 24, h)).toISOString());
      if ((await w.scheduler.fire('test', 'c1', 'scheduled'))?.reminder) remindedAt.push(w.clock.now().toISOString());
    }
    expect(remindedAt).toEqual(['2024-11-25T07:00:00.000Z']);
  });

  it('/status counts what the next fire posts: the newest article at subscription on top of 3 new ones', async () => {
    const w = await setup();
    await w.bus.run('subscribe', { schedule: 'hourly', reminders: false }, caller('c1'));
    for (const d of ['2024-11-25', '2024-11-26', '2024-11-27'])
      await w.addArticle(`${d}-news`, d, `Story of ${d}. The talks will resume on Monday, officials said.`);
    const status = replyText(await w.bus.run('status', {}, caller('c1')));
    expect(status).toMatch(/Waiting\W+4 articles for the next post\b(?!s)/);
    expect(status).not.toContain('3 a fire)');
    expect((await w.scheduler.fire('test', 'c1', 'scheduled'))?.posted).toHaveLength(4);
  });

  it('reminds only while the key date is ahead: a date that passed, or none, posts nothing', async () => {
    // The seed's key date is 2025-01-20: ahead on 2025-01-19, the day itself on the 20th, past on the 21st.
    for (const [now, reminded] of [
      ['2025-01-19T12:00:00Z', true],
      ['2025-01-20T12:00:00Z', true],
      ['2025-01-21T12:00:00Z', false],
    ] as const) {
      // The newest article itself the day before, then the day's first fire with nothing new.
      const w = await setup(new Date(Date.parse(now) - 86_400_000).toISOString());
      await w.bus.run('subscribe', { schedule: 'hourly' }, caller('c1'));
      await w.scheduler.fire('test', 'c1', 'scheduled');
      w.clock.set(now);
      const quiet = await w.scheduler.fire('test', 'c1', 'scheduled');
      expect(quiet?.reminder, now).toBe(reminded);
      expect(
        w.adapter.posts.filter((p) => p.reply.kind === 'reminder'),
        now,
      ).toHaveLength(reminded ? 1 : 0);
    }
    // An article with no date at all is never the subject of a reminder.
    const w = await setup();
    await w.addArticle('2024-11-25-plain', '2024-11-25', 'The library reopened after repairs. Readers were pleased.');
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('c2'));
    await w.scheduler.fire('test', 'c2', 'scheduled');
    expect(await w.scheduler.fire('test', 'c2', 'scheduled')).toMatchObject({ posted: [], reminder: false });
  });

  it('posts new articles oldest first, at most 3 per fire, the rest at later fires', async () => {
    const w = await setup();
    await w.bus.run('subscribe', { schedule: 'hourly', reminders: false }, caller('c1'));
    await w.scheduler.fire('test', 'c1', 'scheduled');
    for (const d of ['2024-11-25', '2024-11-26', '2024-11-27', '2024-11-28'])
      await w.addArticle(`${d}-news`, d, `Story of ${d}. The talks will resume on Monday, officials said.`);
    const first = await w.scheduler.fire('test', 'c1', 'scheduled');
    expect(first?.posted).toEqual(['2024-11-25-news', '2024-11-26-news', '2024-11-27-news']);
    const second = await w.scheduler.fire('test', 'c1', 'scheduled');
    expect(second?.posted).toEqual(['2024-11-28-news']);
    const third = await w.scheduler.fire('test', 'c1', 'scheduled');
    expect(third).toMatchObject({ posted: [], reminder: false }); // reminders off: nothing at all
    expect(w.adapter.digestsTo('c1')).toHaveLength(5);
  });

  it('a failing channel is retried, then left for the next fire, and never stops the others', async () => {
    const w = await setup();
    for (const c of ['ok1', 'bad', 'ok2']) await w.bus.run('subscribe', { schedule: 'hourly' }, caller(c));
    w.adapter.failures.set('bad', [new Error('HTTP 503'), new Error('HTTP 503'), new Error('HTTP 503')]);
    await Promise.all(['ok1', 'bad', 'ok2'].map((c) => w.scheduler.fire('test', c, 'scheduled')));
    expect(w.adapter.digestsTo('ok1')).toHaveLength(1);
    expect(w.adapter.digestsTo('ok2')).toHaveLength(1);
    expect(w.adapter.digestsTo('bad')).toHaveLength(0);
    expect(await w.store.getDelivery('test', 'bad', '2024-11-24-kursk')).toMatchObject({
      status: 'failed',
      lastError: 'HTTP 503',
    });
    await w.scheduler.fire('test', 'bad', 'scheduled');
    expect(w.adapter.digestsTo('bad')).toEqual(['2024-11-24-kursk']);
  });

  it('a channel that is gone pauses its subscription only, until subscribe is run again', async () => {
    const w = await setup();
    for (const c of ['gone', 'ok']) await w.bus.run('subscribe', { schedule: 'hourly' }, caller(c));
    w.adapter.failures.set('gone', [new ChannelUnavailableError('Unknown Channel')]);
    await Promise.all(['gone', 'ok'].map((c) => w.scheduler.fire('test', c, 'scheduled')));
    expect((await w.store.getSubscription('test', 'gone'))?.pausedReason).toBe('Unknown Channel');
    expect(w.adapter.digestsTo('ok')).toHaveLength(1);
    await w.scheduler.fire('test', 'gone', 'scheduled');
    expect(w.adapter.posts.filter((p) => p.channelId === 'gone')).toHaveLength(0);
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('gone'));
    await w.scheduler.fire('test', 'gone', 'scheduled');
    expect(w.adapter.digestsTo('gone')).toEqual(['2024-11-24-kursk']);
  });

  it('after downtime, a subscription whose fire was missed gets one catch-up post at start', async () => {
    const w = await setup('2024-11-24T05:00:00Z');
    await w.bus.run(
      'subscribe',
      { schedule: 'daily 08:00', timezone: 'Europe/Kyiv', reminders: false },
      caller('missed'),
    );
    await w.bus.run('subscribe', { schedule: 'daily 23:00', timezone: 'UTC', reminders: false }, caller('not-yet'));
    w.clock.set('2024-11-24T12:00:00Z'); // 08:00 Kyiv (06:00Z) passed while "down"; 23:00 UTC has not come
    await w.scheduler.start();
    expect(w.adapter.digestsTo('missed')).toEqual(['2024-11-24-kursk']);
    expect(w.adapter.digestsTo('not-yet')).toEqual([]);
    expect(w.scheduler.size).toBe(2);
  });

  it('a restart on the day the clocks go back owes no second fire for the local time passed twice', async () => {
    const w = await setup('2025-11-01T12:00:00Z');
    await w.bus.run('subscribe', { schedule: 'daily 01:30', timezone: 'America/New_York' }, caller('ny'));
    await w.scheduler.fire('test', 'ny', 'manual'); // the newest article: what remains is reminders
    // The day's fire ran at 01:30 EDT (05:30Z); the bot is restarted at 09:00 EST.
    await w.store.setLastFire('test', 'ny', '2025-11-02T05:30:03.000Z');
    w.clock.set('2025-11-02T14:00:00Z');
    await w.addArticle('2025-11-02-ferry', '2025-11-02', 'The ferry resumed service. Crews worked overnight.');
    await w.scheduler.start();
    // The new article waits for tomorrow's 01:30, as on any other day.
    expect(w.adapter.digestsTo('ny')).toEqual(['2024-11-24-kursk']);
  });

  it('creates, replaces and removes tasks as subscriptions change, without a restart', async () => {
    const w = await setup();
    await w.scheduler.start();
    expect(w.scheduler.size).toBe(0);
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('a'));
    await w.bus.run('subscribe', { schedule: 'daily 08:00' }, caller('b'));
    await w.scheduler.sync();
    expect(w.scheduler.size).toBe(2);
    await w.bus.run('unsubscribe', {}, caller('a'));
    await w.scheduler.sync();
    expect(w.scheduler.size).toBe(1);
  });

  it('a background re-read of the subscriptions never undoes a /subscribe made while it was reading', async () => {
    const w = await setup();
    const scheduler = new Scheduler({
      store: w.store,
      library: w.library,
      posters: new Map([['test', w.adapter]]),
      log: silentLogger,
      clock: w.clock,
      maxRetries: 0,
      backoffMs: 1,
      holder: 'solo',
      exclusive: false,
    });
    stoppers.push(() => scheduler.stop(1000));
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('a'));
    await scheduler.sync();
    // The list is read (slowly) before 'b' subscribes, and comes back after its task was placed.
    const read = w.store.listSubscriptions.bind(w.store);
    let answer!: () => void;
    w.store.listSubscriptions = async () => {
      const list = await read();
      await new Promise<void>((r) => (answer = r));
      return list;
    };
    const late = scheduler.sync(true);
    await new Promise((r) => setTimeout(r, 20));
    await w.bus.run('subscribe', { schedule: 'hourly' }, caller('b'));
    await scheduler.syncOne('test', 'b');
    expect(scheduler.size).toBe(2);
    answer();
    await late;
    expect(scheduler.size).toBe(2);
  });

  it('a live node-cron task fires on its schedule and posts an article dropped in while running', async () => {
    // The seed article indexed now, as a running bot would have it (not two years before the fire).
    const w = await setup(new Date().toISOString());
    // Every second, faster than /subscribe allows: written to the store directly.
    const at = w.clock.t.toISOString();
    await w.store.upsertSubscription(
      subscription('live', {
        platform: 'test',
        cron: '* * * * * *',
        schedule: 'every second',
        timeZone: 'UTC',
        reminders: false,
        createdAt: at,
        lastFireAt: at,
      }),
    );
    await w.scheduler.start();
    await w.scheduler.sync();
    await w.addArticle(
      '2030-01-01-fresh',
      '2030-01-01',
      'A fresh story arrived while the bot was running. It will be posted.',
    );
    const deadline = Date.now() + 8000;
    while (w.adapter.digestsTo('live').length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    expect(w.adapter.digestsTo('live')).toEqual(['2024-11-24-kursk', '2030-01-01-fresh']);
  });
});

describe('fan-out', () => {
  it('runs at most maxConcurrentFires fires at once, and every channel still gets its post', async () => {
    const w = await makeWorld();
    let inFlight = 0;
    let peak = 0;
    const slow = new RecordingAdapter();
    const post = slow.post.bind(slow);
    slow.post = async (...args) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return post(...args);
    };
    const scheduler = new Scheduler({
      store: w.store,
      library: w.library,
      posters: new Map([['test', slow]]),
      log: silentLogger,
      clock: w.clock,
      maxRetries: 0,
      backoffMs: 1,
      maxConcurrentFires: 4,
      ...TEST_HOLDER,
    });
    const channels = Array.from({ length: 20 }, (_, i) => `c${i}`);
    for (const c of channels) await w.bus.run('subscribe', { schedule: 'hourly', reminders: false }, caller(c));
    await Promise.all(channels.map((c) => scheduler.fire('test', c, 'scheduled')));
    expect(peak).toBe(4);
    expect(new Set(slow.posts.map((p) => p.channelId)).size).toBe(20);
    await scheduler.stop(1000);
  });
});
