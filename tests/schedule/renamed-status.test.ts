import { afterEach, describe, expect, it } from 'vitest';
import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';
import { replyText } from '../support/reply-text.js';

const caller = (channelId: string) => ({ platform: 'test', channelId, userId: 'u1', canManage: true });
const stoppers: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stoppers.length) await stoppers.pop()?.();
});

const STORY = `Swifts back under the church eaves
date 2025-06-02

The first swifts of the year were seen under the eaves of St Mary's on Sunday evening, a week later than last year. The bird group counts the nests every June and asks anyone with a camera to send photos of the tower.
`;

describe('a file renamed after it was posted, asked about days later', () => {
  it('is still not called passed over by /status article:', async () => {
    const w = await makeWorld('2025-06-02T06:00:00Z');
    rmSync(join(w.dir, '2024-11-24-kursk.txt'));
    await w.files.sync();
    const adapter = new RecordingAdapter();
    const scheduler = worldScheduler(w, adapter);
    stoppers.push(() => scheduler.stop(1000));
    await w.bus.runText('subscribe daily 08:00 UTC reminders:off', caller('c1'));
    const fire = async () => {
      w.clock.set(new Date(w.clock.now().getTime() + 86_400_000).toISOString());
      await scheduler.fire('test', 'c1', 'scheduled');
    };
    writeFileSync(join(w.dir, 'today.md'), STORY);
    utimesSync(join(w.dir, 'today.md'), Date.now() / 1000 + 60, Date.now() / 1000 + 60);
    await w.files.sync();
    await fire();
    renameSync(join(w.dir, 'today.md'), join(w.dir, 'swifts.md'));
    await w.files.sync();
    for (let day = 0; day < 3; day++) await fire();
    const posted = adapter.posts.filter((p) => p.reply.kind === 'digest');
    expect(posted).toHaveLength(1);
    // Before: a day after the rename, "swifts was passed over here: it waited two fires while newer articles came …".
    expect(replyText(await w.bus.run('status', { article: 'swifts' }, caller('c1')))).toBe(
      'swifts holds the text of a file this channel was already past (renamed, or removed and put back), so it is not posted here again.',
    );
  });
});
