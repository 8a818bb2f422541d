import { afterEach, describe, expect, it } from 'vitest';
import { numberedStory, scheduledWorld } from '../support/scheduled-world.js';

// The terminal fires a channel by hand at start (to print the newest story): Herald started twice in
// a day is no two fires of a daily channel.
const story = (n: number): string =>
  numberedStory('The ferry company added a late sailing to the island route', n, '. Tickets go on sale next week.');
const DAY = 86_400_000;
const day = (d: number, hour = 8) => new Date(Date.UTC(2024, 11, 1) + d * DAY + hour * 3_600_000).toISOString();
const caller = { platform: 'test', channelId: 'C1', userId: 'u1', canManage: true };

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('a fire by hand', () => {
  it('does not count as one of the channel’s fires: no story is passed over early', async () => {
    const { w, adapter, scheduler, stop } = await scheduledWorld(day(0, 7));
    cleanup = stop;
    await w.bus.runText('subscribe daily 08:00 UTC source:files reminders:off', caller);
    w.clock.set(day(0, 8));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Nine stories on the first day: three a fire.
    w.clock.set(day(0, 12));
    for (let i = 0; i < 9; i++) await w.addArticle(`2024-12-01-f${i}`, '2024-12-01', story(i));
    w.clock.set(day(1));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Herald restarted in the terminal at noon and again in the evening: a fire by hand each time.
    for (const hour of [12, 18]) {
      w.clock.set(day(1, hour));
      await scheduler.fire('test', 'C1', 'manual');
    }
    w.clock.set(day(2));
    await scheduler.fire('test', 'C1', 'scheduled');
    // Before: the evening fire by hand counted the noon one as a fire gone by and passed the last three over.
    const posted = adapter.digestsTo('C1').filter((id) => id.startsWith('2024-12-01-f'));
    expect(posted).toEqual(Array.from({ length: 9 }, (_, i) => `2024-12-01-f${i}`));
  });
});
