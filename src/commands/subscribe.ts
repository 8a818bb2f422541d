import { z } from 'zod';
import type { CommandSpec } from './types.js';
import { textReply } from './reply.js';
import { parseSchedule, parseTimeZone, SCHEDULE_FORMS } from '../schedule/schedule-spec.js';

export const DEFAULT_SCHEDULE = 'daily 08:00';

const schema = z.object({
  schedule: z.string().trim().max(100).optional(),
  timezone: z.string().trim().max(64).optional(),
  reminders: z
    .union([z.boolean(), z.enum(['on', 'off', 'true', 'false', 'yes', 'no'])])
    .transform((v) => v === true || v === 'on' || v === 'true' || v === 'yes')
    .optional(),
});

export const subscribeCommand: CommandSpec<typeof schema> = {
  name: 'subscribe',
  description: 'Post digests in this channel on a schedule (again to change it)',
  options: [
    { name: 'schedule', description: `When to post, e.g. ${DEFAULT_SCHEDULE}, weekdays 07:30, hourly, or cron`, required: false, type: 'string', greedy: true },
    { name: 'timezone', description: 'IANA time zone for the schedule, e.g. Europe/Kyiv', required: false, type: 'string' },
    { name: 'reminders', description: 'Post a countdown line when there is no new article (default on)', required: false, type: 'boolean' },
  ],
  schema,
  visibility: 'private',
  manage: true,
  usage: 'subscribe [schedule] [timezone]   e.g. subscribe daily 08:00 Europe/Kyiv',
  handler: async (ctx, o) => {
    const { store, defaultTimeZone, onSubscriptionsChanged } = ctx.services;
    const old = await store.getSubscription(ctx.platform, ctx.channelId);
    // Subscribing again without a schedule or zone (to resume a paused channel) keeps the ones it had.
    const schedule = o.schedule === undefined && old ? { cron: old.cron, label: old.schedule } : parseSchedule(o.schedule ?? DEFAULT_SCHEDULE);
    const timeZone = parseTimeZone(o.timezone ?? old?.timeZone ?? defaultTimeZone);
    const at = ctx.now.toISOString();
    // A new (or resumed) subscription starts with the newest article, not a flood of old ones: its
    // cursor sits after every article there is, and its first fire posts the newest one.
    const [cursor, [newest]] = await Promise.all([store.articles.maxSeq(), store.articles.newest(1)]);
    const first = newest?.id ?? null;
    await store.upsertSubscription({
      platform: ctx.platform, channelId: ctx.channelId, cron: schedule.cron, schedule: schedule.label, timeZone,
      reminders: o.reminders ?? old?.reminders ?? true, createdBy: ctx.userId, createdAt: at, pausedReason: null, lastFireAt: old?.lastFireAt ?? at,
      cursor, firstArticle: first,
    });
    if (old?.pausedReason && old.cursor < cursor) await store.restart(ctx.platform, ctx.channelId, cursor, first);
    onSubscriptionsChanged(ctx.platform, ctx.channelId);
    const verb = !old ? 'Subscribed' : old.pausedReason ? 'Resumed from the newest article' : 'Schedule changed';
    return textReply(`${verb}: digests here ${schedule.label} (${timeZone}). Reminders ${o.reminders ?? old?.reminders ?? true ? 'on' : 'off'}.`);
  },
};

const none = z.object({});

export const unsubscribeCommand: CommandSpec<typeof none> = {
  name: 'unsubscribe',
  description: 'Stop scheduled digests in this channel',
  options: [],
  schema: none,
  visibility: 'private',
  manage: true,
  usage: 'unsubscribe',
  handler: async (ctx) => {
    const removed = await ctx.services.store.removeSubscription(ctx.platform, ctx.channelId);
    ctx.services.onSubscriptionsChanged(ctx.platform, ctx.channelId);
    return textReply(removed ? 'Unsubscribed: no more scheduled digests here.' : 'This channel had no subscription.');
  },
};

export { SCHEDULE_FORMS };
