import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';

const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });

afterEach(() => {
  vi.useRealTimers();
});

describe('a live task whose timer comes late', () => {
  it('still runs the fire it was late for (a busy event loop or a machine waking from sleep), once', async () => {
    const w = await makeWorld('2024-11-24T07:00:00Z');
    await w.bus.run('subscribe', { schedule: 'daily 08:00', timezone: 'UTC' }, caller('morning'));
    const adapter = new RecordingAdapter();
    const scheduler = worldScheduler(w, adapter);
    // node-cron reads the time and sets its timers through Date and setTimeout: the test moves both.
    vi.useFakeTimers({ now: new Date('2024-11-24T07:59:50Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await scheduler.start();
      // The process does not run for five minutes around 08:00 (a laptop asleep, a long pause):
      // the wall clock moves on, and the task's timer goes off only when the process runs again.
      vi.setSystemTime(new Date('2024-11-24T08:05:00Z'));
      w.clock.set('2024-11-24T08:05:00Z');
      await vi.advanceTimersByTimeAsync(10_000);
      vi.useRealTimers();
      for (let i = 0; i < 50 && adapter.digestsTo('morning').length === 0; i++)
        await new Promise((r) => setTimeout(r, 20));
      expect(adapter.digestsTo('morning')).toEqual(['2024-11-24-kursk']);
      expect(adapter.posts).toHaveLength(1); // one fire: no reminder from a second one
    } finally {
      vi.useRealTimers();
      await scheduler.stop(1000);
    }
  });
});

describe('a live task whose fire is still running at its next slot', () => {
  it('skips that slot with one JSON log event naming the channel', async () => {
    const w = await makeWorld('2024-11-24T07:59:00Z');
    await w.bus.run('subscribe', { schedule: 'every minute', timezone: 'UTC' }, caller('busy'));
    let release = (): void => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    const slow = new RecordingAdapter();
    const post = slow.post.bind(slow);
    slow.post = async (...args) => {
      await held;
      return post(...args);
    };
    const events: Array<{ level: string; msg: string; fields?: Record<string, unknown> }> = [];
    const record =
      (level: string) =>
      (msg: string, fields?: Record<string, unknown>): void => {
        events.push({ level, msg, ...(fields ? { fields } : {}) });
      };
    const log = { debug: record('debug'), info: record('info'), warn: record('warn'), error: record('error') };
    const stderr = vi.spyOn(console, 'warn');
    const scheduler = worldScheduler(w, slow, { log });
    vi.useFakeTimers({ now: new Date('2024-11-24T07:59:50Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    try {
      await scheduler.start();
      w.clock.set('2024-11-24T08:00:00Z');
      await vi.advanceTimersByTimeAsync(10_000); // 08:00: the fire starts and waits on the post
      w.clock.set('2024-11-24T08:01:00Z');
      await vi.advanceTimersByTimeAsync(60_000); // 08:01: still running
      const skipped = events.filter((e) => e.msg === 'fire skipped: the previous fire is still running');
      expect(skipped).toEqual([{ level: 'warn', msg: skipped[0]?.msg, fields: { platform: 'test', channel: 'busy' } }]);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      release();
      vi.useRealTimers();
      stderr.mockRestore();
      await scheduler.stop(1000);
    }
  });
});
