import { afterEach, describe, expect, it } from 'vitest';
import { harness, SEED_ID, type Harness } from './harness.js';

const CHANNEL = '200000000000000151';
const OWNER = '300000000000000019';
const MESSAGES = new RegExp(`^/channels/${CHANNEL}/messages$`);

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Discord: a quiet channel Herald can no longer post in', () => {
  // Days with nothing new bring only the countdown line; when that line is refused because Herald lost
  // access, the channel is paused and the subscriber told at once, not weeks later at the next story.
  it('is paused when its countdown reminder is refused, and the subscriber gets a DM', {
    timeout: 15_000,
  }, async () => {
    h = await harness();
    const reply = await h.bus.run(
      'subscribe',
      { schedule: 'daily 09:00', timezone: 'Europe/Kyiv' },
      { platform: 'discord', channelId: CHANNEL, userId: OWNER, canManage: true },
    );
    expect(reply.kind).not.toBe('error');
    h.clock.set('2024-11-25T07:00:00Z'); // 09:00 in Kyiv
    expect(await h.scheduler.fire('discord', CHANNEL, 'scheduled')).toMatchObject({ posted: [SEED_ID] });

    h.fake.setChannel(CHANNEL, 'no-permission');
    h.clock.set('2024-11-26T07:00:00Z');
    const quiet = await h.scheduler.fire('discord', CHANNEL, 'scheduled');
    expect(quiet?.reminder).toBe(false);
    expect(quiet?.paused).toMatch(/Missing Permissions/);
    expect((await h.store.getSubscription('discord', CHANNEL))?.pausedReason).toMatch(/Missing Permissions/);
    const dm = await h.fake.waitFor(
      () => h?.fake.requestsTo('POST', /^\/channels\/9\d+\/messages$/)[0],
      3000,
      'the DM to the subscriber',
    );
    expect((dm.body as { content: string }).content).toContain(CHANNEL);

    // Paused: the next day's fire does not try again.
    h.clock.set('2024-11-27T07:00:00Z');
    expect(await h.scheduler.fire('discord', CHANNEL, 'scheduled')).toBeNull();
    expect(h.fake.requestsTo('POST', MESSAGES)).toHaveLength(2);
  });
});
