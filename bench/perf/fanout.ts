/**
 * 4. Fan-out: N subscribed channels whose schedules fire in the same second, through the real
 * Scheduler (one node-cron task per subscription), deliverToChannel and the platform adapter, against a
 * fake (in the load generator's process) that enforces the platform's rate limits with real 429s.
 * Measured from the scheduled second to the last channel's fire finishing.
 */
import type { RESTOptions } from 'discord.js';
import type { Poster } from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import type { FakeRateLimits } from '../../tests/fakes/discord.js';
import type { FakeSlackRateLimits } from '../../tests/fakes/slack.js';
import type { ChildHandle } from './child.js';
import { CountingLogger, SEED_ID, discordAdapter, quietLogger, slackAdapter, world } from './herald.js';
import { round, sleep } from './stats.js';
import { systemClock } from '../../src/clock.js';

export interface FanoutResult {
  platform: 'discord' | 'slack';
  variant: string;
  channels: number;
  limits: string;
  /** The time the limits allow at best, seconds; null when they do not bind. */
  boundSeconds: number | null;
  totalSeconds: number;
  ratioToBound: number | null;
  /** From the scheduled second to the first post the fake accepted. */
  firstPostSeconds: number | null;
  postsPerSecond: number;
  lost: number;
  doubled: number;
  /** Channels where the fake accepted more than one post (a nonce can hide these from `doubled`). */
  doubledAccepts: number;
  requests: number;
  status429: number;
  global429: number;
  channel429: number;
  /** Deliveries the store holds as sent, and as failed (left for the next fire). */
  sent: number;
  failedThisFire: number;
  otherErrors: number;
  finished: boolean;
  warnings: string[];
  /** Per second after the scheduled second: posts the fake accepted, and 429s it answered. */
  perSecond: Array<{ second: number; accepted: number; status429: number }>;
}

export interface FanoutCase {
  platform: 'discord' | 'slack';
  variant: string;
  channels: number;
  limits: FakeRateLimits | FakeSlackRateLimits;
  limitsText: string;
  boundSeconds: number | null;
  restOptions?: Partial<RESTOptions>;
  deadlineMs: number;
}

const WATCH = new Set([
  'fire done',
  'fire failed',
  'digest posted',
  'discord rate limited',
  'slack: rate limited; waiting as asked',
  'digest post failed; retrying',
  'digest post failed; will retry at the next fire',
]);

export async function runFanout(gen: ChildHandle, c: FanoutCase, progress: (s: string) => void): Promise<FanoutResult> {
  const name = `fanout-${c.platform}-${c.variant}`;
  const log = new CountingLogger(quietLogger(), WATCH);
  const w = await world({ log });
  let adapter: Poster & CommandReceiver;
  if (c.platform === 'discord') {
    const info = await gen.call<{ apiUrl: string; token: string; applicationId: string }>('discord.start', {
      name,
      rateLimits: c.limits,
    });
    adapter = discordAdapter(info, log, c.restOptions);
  } else {
    const info = await gen.call<{ apiUrl: string }>('slack.start', { name, rateLimits: c.limits });
    adapter = slackAdapter(info.apiUrl, log);
  }
  // Discord routes take a channel's bucket from a 17–19 digit id; Slack ids are C + upper-case alphanumerics.
  const channels = Array.from({ length: c.channels }, (_, i) =>
    c.platform === 'discord' ? String(300000000000000000n + BigInt(i)) : `C${String(i).padStart(8, '0')}`,
  );
  const scheduler = new Scheduler({
    store: w.store,
    library: w.library,
    posters: new Map([[adapter.platform, adapter]]),
    log,
    clock: systemClock,
    maxRetries: 3,
    backoffMs: 1000,
    holder: 'bench',
    exclusive: true,
  });
  try {
    await adapter.start(w.bus);
    if (c.platform === 'discord') await gen.call('discord.waitConnected', { name });
    // Every subscription fires at the same whole second, a few seconds from now (UTC).
    const fireAt = new Date(Math.ceil((Date.now() + 3000) / 1000) * 1000);
    const cron = `${fireAt.getUTCSeconds()} ${fireAt.getUTCMinutes()} ${fireAt.getUTCHours()} * * *`;
    const createdAt = new Date().toISOString();
    for (const channelId of channels) {
      await w.store.upsertSubscription({
        platform: c.platform,
        channelId,
        cron,
        schedule: `bench (${cron})`,
        timeZone: 'UTC',
        reminders: false,
        createdBy: 'U0BENCH',
        createdAt,
        pausedReason: null,
        lastFireAt: null,
        cursor: 0,
        firstArticle: null,
        community: null,
        sources: null,
        topics: null,
        format: 'each',
      });
    }
    await scheduler.start();
    progress(
      `fan-out ${c.platform} ${c.variant}: ${c.channels} channels fire at ${fireAt.toISOString().slice(11, 19)} UTC (${c.limitsText})`,
    );
    const deadline = fireAt.getTime() + c.deadlineMs;
    const fired = (): number => log.count('fire done') + log.count('fire failed');
    while (fired() < c.channels && Date.now() < deadline) await sleep(50);
    const finished = fired() >= c.channels;
    const end = finished ? (log.lastAt.get('fire done') ?? Date.now()) : Date.now();
    const stats = await gen.call<{
      lost: number;
      doubled: number;
      doubledAccepts: number;
      messages: number;
      requests: number;
      status429: number;
      global429?: number;
      channel429?: number;
      workspace429?: number;
      firstAcceptedAt: number | null;
      lastAcceptedAt: number | null;
      otherErrors: number;
      timeline: Array<[number, number]>;
    }>(`${c.platform}.fanout`, { name, channels });
    let sent = 0;
    let failed = 0;
    for (const ch of channels) {
      const st = (await w.store.getDelivery(c.platform, ch, SEED_ID))?.status;
      if (st === 'sent') sent++;
      else if (st === 'failed') failed++;
    }
    const totalSeconds = (end - fireAt.getTime()) / 1000;
    return {
      platform: c.platform,
      variant: c.variant,
      channels: c.channels,
      limits: c.limitsText,
      boundSeconds: c.boundSeconds,
      totalSeconds: round(totalSeconds, 2),
      ratioToBound: c.boundSeconds ? round(totalSeconds / c.boundSeconds, 3) : null,
      firstPostSeconds:
        stats.firstAcceptedAt === null ? null : round((stats.firstAcceptedAt - fireAt.getTime()) / 1000, 3),
      postsPerSecond: round(stats.messages / totalSeconds, 1),
      lost: stats.lost,
      doubled: stats.doubled,
      doubledAccepts: stats.doubledAccepts,
      requests: stats.requests,
      status429: stats.status429,
      global429: stats.global429 ?? stats.workspace429 ?? 0,
      channel429: stats.channel429 ?? 0,
      sent,
      failedThisFire: failed,
      otherErrors: stats.otherErrors,
      finished,
      perSecond: perSecond(stats.timeline, fireAt.getTime()),
      warnings: log.samples
        .filter((s) => s.level === 'error')
        .slice(0, 3)
        .map((s) => `${s.msg} ${JSON.stringify(s.fields).slice(0, 200)}`),
    };
  } finally {
    await scheduler.stop(5000);
    await adapter.stop();
    await w.close();
  }
}

function perSecond(timeline: Array<[number, number]>, from: number): FanoutResult['perSecond'] {
  const bins: FanoutResult['perSecond'] = [];
  for (const [at, status] of timeline) {
    const second = Math.max(0, Math.floor((at - from) / 1000));
    while (bins.length <= second) bins.push({ second: bins.length, accepted: 0, status429: 0 });
    const bin = bins[second];
    if (!bin) continue;
    if (status === 200) bin.accepted++;
    else if (status === 429) bin.status429++;
  }
  return bins;
}
