import { describe, expect, it } from 'vitest';
import { firesBetween, missedFires } from '../../src/schedule/fires.js';
import { nextFire } from '../../src/commands/status-report.js';
import type { Subscription } from '../../src/store/types.js';

const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

describe('fire instants across daylight-saving changes', () => {
  it('daily 08:00 in Kyiv moves from 06:00Z to 05:00Z on the last Sunday of March', () => {
    expect(
      iso(firesBetween('0 8 * * *', 'Europe/Kyiv', new Date('2025-03-29T00:00:00Z'), new Date('2025-03-31T00:00:00Z'))),
    ).toEqual(['2025-03-29T06:00:00.000Z', '2025-03-30T05:00:00.000Z']);
  });

  it('daily 08:00 in New York moves from 13:00Z to 12:00Z in March and back in November', () => {
    expect(
      iso(
        firesBetween(
          '0 8 * * *',
          'America/New_York',
          new Date('2025-03-08T00:00:00Z'),
          new Date('2025-03-10T00:00:00Z'),
        ),
      ),
    ).toEqual(['2025-03-08T13:00:00.000Z', '2025-03-09T12:00:00.000Z']);
    expect(
      iso(
        firesBetween(
          '0 8 * * *',
          'America/New_York',
          new Date('2025-11-01T00:00:00Z'),
          new Date('2025-11-03T00:00:00Z'),
        ),
      ),
    ).toEqual(['2025-11-01T12:00:00.000Z', '2025-11-02T13:00:00.000Z']);
  });

  it('weekdays 07:30 in Sydney follow the April change and skip the weekend', () => {
    expect(
      iso(
        firesBetween(
          '30 7 * * 1-5',
          'Australia/Sydney',
          new Date('2025-04-03T00:00:00Z'),
          new Date('2025-04-08T00:00:00Z'),
        ),
      ),
    ).toEqual([
      '2025-04-03T20:30:00.000Z', // Fri 07:30 AEDT (+11)
      '2025-04-06T21:30:00.000Z', // Mon 07:30 AEST (+10)
      '2025-04-07T21:30:00.000Z',
    ]);
  });

  it('UTC has no change at all', () => {
    expect(
      firesBetween('0 * * * *', 'UTC', new Date('2025-03-30T00:00:00Z'), new Date('2025-03-30T05:00:00Z')),
    ).toHaveLength(5);
  });
});

describe('the hour the clocks go back', () => {
  it('a local time passed twice is one fire, the one the live task runs', () => {
    // 01:30 in New York comes at 05:30Z (EDT) and again at 06:30Z (EST) on 2 November 2025;
    // node-cron's task fires at the first only, so a restart later that day owes nothing.
    expect(
      iso(
        firesBetween(
          '30 1 * * *',
          'America/New_York',
          new Date('2025-11-02T05:30:04Z'),
          new Date('2025-11-02T14:00:00Z'),
        ),
      ),
    ).toEqual([]);
    expect(
      iso(
        firesBetween(
          '0 * * * *',
          'America/New_York',
          new Date('2025-11-02T04:30:00Z'),
          new Date('2025-11-02T08:00:00Z'),
        ),
      ),
    ).toEqual(['2025-11-02T05:00:00.000Z', '2025-11-02T07:00:00.000Z', '2025-11-02T08:00:00.000Z']);
  });
});

describe('schedules that fire monthly', () => {
  it('are found across a month, at the right minute in a zone a quarter hour off UTC', () => {
    // Kathmandu is UTC+05:45: 09:00 there is 03:15Z.
    expect(
      iso(
        firesBetween('0 9 1 * *', 'Asia/Kathmandu', new Date('2025-01-15T00:00:00Z'), new Date('2025-03-05T00:00:00Z')),
      ),
    ).toEqual(['2025-02-01T03:15:00.000Z', '2025-03-01T03:15:00.000Z']);
  });

  it('get one catch-up after an outage of weeks, and /status names their next post', () => {
    const sub = {
      cron: '0 9 1 * *',
      timeZone: 'Europe/Kyiv',
      pausedReason: null,
      lastFireAt: '2025-01-01T07:00:00.000Z',
    } as unknown as Subscription;
    const [missed] = missedFires([sub], new Date('2025-03-20T12:00:00Z'));
    expect(missed?.due.toISOString()).toBe('2025-03-01T07:00:00.000Z');
    expect(nextFire(sub, new Date('2025-03-20T12:00:00Z'))?.toISOString()).toBe('2025-04-01T06:00:00.000Z');
  });
});

describe('channels on one schedule', () => {
  it('each get the first fire missed since their own last one', () => {
    const sub = (channelId: string, lastFireAt: string | null, pausedReason: string | null = null) =>
      ({ channelId, cron: '0 8 * * *', timeZone: 'UTC', pausedReason, lastFireAt }) as unknown as Subscription;
    const subs = [
      sub('a', '2025-03-19T08:00:00.412Z'),
      sub('b', '2025-03-16T08:00:01.000Z'),
      sub('c', '2025-03-20T08:00:00.050Z'),
      sub('d', '2025-03-10T08:00:00.000Z', 'channel gone'),
      sub('e', null),
    ];
    const missed = missedFires(subs, new Date('2025-03-20T12:00:00Z'));
    expect(missed.map((m) => [(m.s as unknown as { channelId: string }).channelId, m.due.toISOString()])).toEqual([
      ['a', '2025-03-20T08:00:00.000Z'],
      ['b', '2025-03-17T08:00:00.000Z'],
    ]);
  });
});
