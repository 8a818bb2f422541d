import { afterEach, describe, expect, it } from 'vitest';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';

const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const STORY = `Pottery kiln fired for the first time in a century
date 2025-06-04

The brick kiln behind the old pottery was fired on Wednesday for the first time since 1925. Volunteers spent two winters relining it with clay from the riverbank. The first batch of pots goes on sale at the summer fair.
`;

describe('a placeholder a channel’s topics did not take, then the story written into it', () => {
  it('is posted to that channel once the story matches', async () => {
    const w = await makeWorld('2025-06-02T06:00:00Z');
    rmSync(join(w.dir, '2024-11-24-kursk.txt'));
    await w.files.sync();
    const adapter = new RecordingAdapter();
    const scheduler = worldScheduler(w, adapter);
    stoppers.push(() => scheduler.stop(1000));
    await w.bus.run('subscribe', { schedule: 'hourly', reminders: false, topics: 'kiln' }, caller('c1'));
    let mtime = Date.now() / 1000;
    const save = async (text: string) => {
      writeFileSync(join(w.dir, 'today.md'), text);
      mtime += 60;
      utimesSync(join(w.dir, 'today.md'), mtime, mtime);
      await w.files.sync();
    };
    const fire = async () => {
      w.clock.set(new Date(w.clock.now().getTime() + 3_600_000).toISOString());
      await scheduler.fire('test', 'c1', 'scheduled');
    };
    await save('Draft\ndate 2025-06-04\n\nTBD\n');
    await fire(); // "TBD" is not about a kiln: the channel is past it, with nothing posted.
    await save(STORY);
    await fire();
    await fire();
    const posted = adapter.posts.filter((p) => p.reply.kind === 'digest').map((p) => p.reply.parts[0]?.bullets?.[0]);
    expect(posted).toEqual([expect.stringMatching(/^The brick kiln behind the old pottery/)]);
  });
});
