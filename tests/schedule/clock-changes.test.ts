import { afterEach, describe, expect, it, vi } from 'vitest';
import { firesBetween } from '../../src/schedule/fires.js';
import { silentLogger } from '../../src/log.js';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';

const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

async function setup(now: string) {
  const w = await makeWorld(now);
  const adapter = new RecordingAdapter();
  const scheduler = worldScheduler(w, adapter);
  stoppers.push(() => scheduler.stop(1000));
  // A story whose key date is months ahead, so every quiet day has a countdown line to post.
  await w.addArticle(
    '2025-03-20-harbour',
    '2025-03-20',
    'The harbour council met on Thursday. The new bridge will open on 15 December 2025, the mayor said.',
  );
  return { ...w, adapter, scheduler };
}

describe('the day’s countdown line on the days the clocks change', () => {
  it.each([
    ['Europe/London', '2025-03-27T12:00:00Z', '2025-04-02T12:00:00Z'], // spring forward 30 March
    ['Europe/London', '2025-10-23T12:00:00Z', '2025-10-29T12:00:00Z'], // back 26 October
    ['America/New_York', '2025-03-06T18:00:00Z', '2025-03-12T18:00:00Z'], // forward 9 March
    ['Australia/Lord_Howe', '2025-04-02T00:00:00Z', '2025-04-08T00:00:00Z'], // back half an hour 6 April
  ])('a daily 09:00 channel in %s gets one line every quiet day, the change’s day too', async (zone, from, to) => {
    const w = await setup(from);
    await w.bus.run('subscribe', { schedule: 'daily 09:00', timezone: zone }, caller('c1'));
    const remindedOn: string[] = [];
    for (const at of firesBetween('0 9 * * *', zone, new Date(from), new Date(to))) {
      w.clock.set(at.toISOString());
      if ((await w.scheduler.fire('test', 'c1', 'scheduled', at))?.reminder)
        remindedOn.push(at.toLocaleDateString('en-CA', { timeZone: zone }));
    }
    // The first fire posts the story itself; each of the five days after it, one line.
    expect(w.adapter.digestsTo('c1')).toEqual(['2025-03-20-harbour']);
    expect(remindedOn).toHaveLength(5);
    expect(new Set(remindedOn).size).toBe(5);
  });

  it.each([
    ['Europe/London', '2025-03-29T12:00:00Z'],
    ['Europe/London', '2025-10-25T12:00:00Z'],
  ])('an hourly channel in %s gets its line at 09:00 on the change’s day, not an hour off', async (zone, from) => {
    const w = await setup(from);
    await w.bus.run('subscribe', { schedule: 'hourly', timezone: zone }, caller('c1'));
    await w.scheduler.fire('test', 'c1', 'manual'); // the story itself
    const remindedAt: string[] = [];
    const to = new Date(Date.parse(from) + 36 * 3_600_000);
    for (const at of firesBetween('0 * * * *', zone, new Date(from), to)) {
      w.clock.set(at.toISOString());
      if ((await w.scheduler.fire('test', 'c1', 'scheduled', at))?.reminder)
        remindedAt.push(at.toLocaleTimeString('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }));
    }
    expect(remindedAt).toEqual(['09:00']);
  });
});

describe('a restart around a slot', () => {
  // node-cron's task takes the second it is made as its start and fires the slots after it; the
  // catch-up at start covers the ones before. Reading the store between the two took time.
  it.each([
    ['well before', '2025-06-02T07:59:50.000Z', 0],
    ['just before, the store slow to answer', '2025-06-02T07:59:59.900Z', 300],
    ['at', '2025-06-02T08:00:00.000Z', 0],
    ['just after', '2025-06-02T08:00:00.400Z', 0],
  ])('%s 08:00 posts the day’s digest once', async (_when, startAt, storeMs) => {
    const w = await setup('2025-06-01T12:00:00Z');
    await w.bus.run('subscribe', { schedule: 'daily 08:00', timezone: 'UTC' }, caller('c1'));
    await w.store.setLastFire('test', 'c1', '2025-06-01T08:00:00.000Z'); // yesterday's fire ran
    vi.useFakeTimers({ now: new Date(startAt), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      w.clock.set(startAt);
      const list = w.store.listSubscriptions.bind(w.store);
      w.store.listSubscriptions = async () => {
        const subs = await list();
        const later = new Date(Date.parse(startAt) + storeMs);
        vi.setSystemTime(later);
        w.clock.set(later.toISOString());
        return subs;
      };
      await w.scheduler.start();
      w.clock.set('2025-06-02T08:00:00.000Z');
      await vi.advanceTimersByTimeAsync(15_000);
      vi.useRealTimers();
      for (let i = 0; i < 50 && w.adapter.digestsTo('c1').length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 50));
      expect(w.adapter.digestsTo('c1')).toEqual(['2025-03-20-harbour']);
      expect(w.adapter.posts).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a local time passed twice, east of UTC', () => {
  // London reads 01:30 at 00:30Z (BST) and again at 01:30Z (GMT) on 26 October 2025; node-cron's task
  // fires at the second. /status and the catch-up at start must name the same one.
  it('/status names the fire the task runs, and a restart between the two passes fires once', async () => {
    const w = await setup('2025-10-25T12:00:00Z');
    await w.bus.run('subscribe', { schedule: 'daily 01:30', timezone: 'Europe/London' }, caller('ldn'));
    expect(
      firesBetween('30 1 * * *', 'Europe/London', new Date('2025-10-25T12:00Z'), new Date('2025-10-27T00:00Z')),
    ).toEqual([new Date('2025-10-26T01:30:00Z')]);
    w.clock.set('2025-10-26T00:10:00Z');
    const status = (await w.bus.run('status', {}, caller('ldn'))).parts
      .flatMap((p) => p.fields ?? [])
      .find((f) => f.name === 'Next post');
    expect(status?.time?.at).toBe('2025-10-26T01:30:00.000Z');

    const done: unknown[] = [];
    const log = {
      ...silentLogger,
      debug: (msg: string, f?: Record<string, unknown>) => msg === 'fire done' && done.push(f?.reason),
    };
    const scheduler = worldScheduler(w, w.adapter, { log });
    stoppers.push(() => scheduler.stop(1000));
    // The bot is restarted at 01:00 GMT, after the first pass and before the second.
    vi.useFakeTimers({ now: new Date('2025-10-26T01:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      w.clock.set('2025-10-26T01:00:00Z');
      await scheduler.start();
      w.clock.set('2025-10-26T01:30:00Z');
      await vi.advanceTimersByTimeAsync(45 * 60_000);
      vi.useRealTimers();
      for (let i = 0; i < 50 && done.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 50));
      expect(done).toEqual(['scheduled']);
    } finally {
      vi.useRealTimers();
    }
  });
});
