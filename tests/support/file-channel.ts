import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorld, RecordingAdapter, worldScheduler } from './services.js';

/** One who may manage channel `channelId` on the test platform. */
export const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });

/**
 * A channel c1 on an articles folder written by hand (as people keep `today.md`), from 2 June 2025:
 * subscribed with `subscribe` (hourly, no reminders, unless told), fired every `stepMs` (an hour).
 * `stop` ends its scheduler.
 */
export async function fileChannel(o: { subscribe?: Record<string, unknown>; stepMs?: number } = {}) {
  const w = await makeWorld('2025-06-02T06:00:00Z');
  rmSync(join(w.dir, '2024-11-24-kursk.txt'));
  await w.files.sync();
  const adapter = new RecordingAdapter();
  const scheduler = worldScheduler(w, adapter);
  await w.bus.run('subscribe', o.subscribe ?? { schedule: 'hourly', reminders: false }, caller('c1'));
  let mtime = Date.now() / 1000;
  return {
    w,
    stop: () => scheduler.stop(1000),
    /** Saves the file (a later mtime each time, as the clock would give it) and takes it into the index. */
    save: async (name: string, text: string) => {
      writeFileSync(join(w.dir, name), text);
      mtime += 60;
      utimesSync(join(w.dir, name), mtime, mtime);
      await w.files.sync();
    },
    /** The channel's next fire. */
    fire: async () => {
      w.clock.set(new Date(w.clock.now().getTime() + (o.stepMs ?? 3_600_000)).toISOString());
      await scheduler.fire('test', 'c1', 'scheduled');
    },
    /** What the channel was posted: each digest's id and first briefing line. */
    posted: () =>
      adapter.posts
        .filter((p) => p.reply.kind === 'digest')
        .map((p) => `${p.key.split(':').pop()}: ${p.reply.parts[0]?.bullets?.[0] ?? ''}`),
  };
}
