import { describe, expect, it } from 'vitest';
import { makeWorld } from '../support/services.js';
import { subscription } from '../support/subscription.js';
import { missedFires } from '../../src/schedule/fires.js';

const me = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };

describe('a schedule changed between two fires', () => {
  it('gets no catch-up post at a restart for a slot of the new schedule that came before the change', async () => {
    const w = await makeWorld('2025-03-14T10:00:00Z');
    // Daily at 08:00, fired at 08:00 today; at 10:00 a manager moves it to 09:00.
    await w.store.upsertSubscription(
      subscription('c1', { platform: 'test', timeZone: 'UTC', lastFireAt: '2025-03-14T08:00:00.000Z' }),
    );
    await w.bus.run('subscribe', { schedule: 'daily 09:00' }, me);
    // Herald restarts at 11:00: today's 09:00 was never due under the new schedule.
    expect(missedFires(await w.store.listSubscriptions(), new Date('2025-03-14T11:00:00Z'))).toEqual([]);
    // Tomorrow's 09:00, missed in an outage, is still caught up.
    expect(
      missedFires(await w.store.listSubscriptions(), new Date('2025-03-15T11:00:00Z')).map((f) => f.due.toISOString()),
    ).toEqual(['2025-03-15T09:00:00.000Z']);
  });

  it('keeps the last fire when it is later than the new schedule’s last slot (the day’s reminder is not shown twice)', async () => {
    const w = await makeWorld('2025-03-14T10:00:00Z');
    await w.store.upsertSubscription(
      subscription('c1', { platform: 'test', timeZone: 'UTC', lastFireAt: '2025-03-14T08:00:00.000Z' }),
    );
    await w.bus.run('subscribe', { schedule: 'daily 18:00' }, me);
    expect((await w.store.getSubscription('test', 'c1'))?.lastFireAt).toBe('2025-03-14T08:00:00.000Z');
  });
});
