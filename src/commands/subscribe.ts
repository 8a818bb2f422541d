import { z } from 'zod';
import { defineCommand } from './define.js';
import { switchOption } from './options.js';
import { textReply } from '../chat/reply.js';
import { UserError } from '../errors.js';
import { FILES_SOURCE } from '../feeds/filter.js';
import { parseSchedule, parseTimeZone } from '../schedule/schedule-spec.js';
import type { Subscription } from '../store/types.js';
import { describeTopics, parseTopics } from '../feeds/topics.js';
import { chooseSources, describeSources, newestTaken } from './subscribe-options.js';
import { commandLine } from './command-line.js';
import { looksLikeZone } from './text-args.js';
import { refuseAmbiguousZone, zoneNote } from './zone-words.js';

export const DEFAULT_SCHEDULE = 'daily 08:00';

const schema = z.object({
  schedule: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: `When to post, e.g. ${DEFAULT_SCHEDULE}, weekdays 07:30, hourly, or cron`, greedy: true }),
  timezone: z
    .string()
    .trim()
    .max(64)
    .optional()
    .meta({ description: 'IANA time zone for the schedule, e.g. Europe/Kyiv' }),
  reminders: switchOption(['on', 'true', 'yes'], ['off', 'false', 'no'], 'must be on or off')
    .optional()
    .meta({ description: 'Post a countdown line when nothing is new and a key date is ahead (default on)' }),
  source: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .meta({ description: 'all, or source ids/URLs separated by commas (files: the articles folder)' }),
  topics: z
    .string()
    .trim()
    .max(1000)
    .optional()
    .meta({ description: 'Words or "phrases" separated by commas; -word excludes (none: every article)' }),
  format: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(
      z.enum(['each', 'roundup'], { message: 'must be each (one post per article) or roundup (one post per fire)' }),
    )
    .optional()
    .meta({ description: 'each (one post per article, default) or roundup (one post per fire)' }),
});

export const subscribeCommand = defineCommand({
  name: 'subscribe',
  description: 'Post digests in this channel on a schedule (again to change only what you give)',
  schema,
  visibility: 'private',
  manage: true,
  usage: 'subscribe [schedule] [timezone] [source:ID,…] [topics:"…"] [format:each|roundup] [reminders:on|off]',
  handler: async (ctx, o) => {
    const { store, defaultTimeZone, onSubscriptionsChanged } = ctx.services;
    // A subscription Herald cannot post to would only be paused at its first fire: say so now.
    const cannotPost = await ctx.cannotPost();
    if (cannotPost) throw new UserError('cannot-post', `${cannotPost} Then subscribe again.`);
    const old = await store.getSubscription(ctx.platform, ctx.channelId);
    const { schedule: when, timezone: zone } = zoneFromSchedule(o.schedule, o.timezone);
    // Subscribing again changes only what is given (and resumes a paused channel).
    const schedule =
      when === undefined && old ? { cron: old.cron, label: old.schedule } : parseSchedule(when ?? DEFAULT_SCHEDULE);
    // Only a zone typed now: one kept from before (or HERALD_TZ) was chosen already.
    if (zone !== undefined) refuseAmbiguousZone(zone);
    const timeZone = parseTimeZone(zone ?? old?.timeZone ?? defaultTimeZone);
    const topics = o.topics === undefined ? (old?.topics ?? null) : parseTopics(o.topics);
    const sources = o.source === undefined ? (old?.sources ?? null) : await chooseSources(o.source, ctx);
    const at = ctx.now.toISOString();
    const sub: Subscription = {
      platform: ctx.platform,
      channelId: ctx.channelId,
      cron: schedule.cron,
      schedule: schedule.label,
      timeZone,
      reminders: o.reminders ?? old?.reminders ?? true,
      createdBy: ctx.userId,
      createdAt: at,
      pausedReason: null,
      lastFireAt: old?.lastFireAt ?? at,
      cursor: 0,
      firstArticle: null,
      community: ctx.community,
      sources,
      topics,
      format: o.format ?? old?.format ?? 'each',
    };
    // A new (or resumed) subscription starts with the newest article it takes, not a flood of old
    // ones: its cursor sits after every article there is, and its first fire posts that one.
    const [cursor, first] = await Promise.all([store.articles.maxSeq(), newestTaken(sub, ctx)]);
    await store.upsertSubscription({ ...sub, cursor, firstArticle: first?.id ?? null });
    if (old?.pausedReason && old.cursor < cursor)
      // From the resume on: /status says a story of the pause came before it, not that it was passed over.
      await store.restart(ctx.platform, ctx.channelId, cursor, first?.id ?? null, at);
    // A new schedule's slots before now were never due, so a restart before its next fire does not
    // "catch up" one that fell after the old schedule's last fire. Not a fire: the last fire stays.
    if (old && (old.cron !== sub.cron || old.timeZone !== sub.timeZone))
      await store.setScheduleFrom(ctx.platform, ctx.channelId, at);
    onSubscriptionsChanged(ctx.platform, ctx.channelId);
    const verb = !old ? 'Subscribed' : old.pausedReason ? 'Resumed from the newest article' : 'Subscription changed';
    // A source kept from before that this community no longer follows brings nothing: say so here too.
    const followed = sources === null ? [] : (await store.sources.visibleTo(ctx.community)).map((s) => s.id);
    const gone = (sources ?? []).filter((id) => id !== FILES_SOURCE && !followed.includes(id));
    const lines = [
      `${verb}: digests here ${schedule.label} (${timeZone}).${zoneNote(timeZone)}`,
      `Sources: ${describeSources(sources)}. Topics: ${describeTopics(topics)}. Format: ${sub.format === 'roundup' ? 'one roundup per fire' : 'one post per article'}. Reminders ${sub.reminders ? 'on' : 'off'}.`,
      ...(gone.length > 0
        ? [
            `${gone.join(', ')}: no longer followed here, so nothing comes from ${gone.length === 1 ? 'it' : 'them'} (${commandLine(ctx, 'sources')} lists what is).`,
          ]
        : []),
      `${commandLine(ctx, 'status')} shows what this channel gets and why.`,
    ];
    return textReply(lines.join('\n'));
  },
});

// A zone written at the end of the schedule ("daily 18:30 Europe/London" in Discord's schedule box)
// is the time zone, as typed text already reads it, when no timezone is given besides.
function zoneFromSchedule(
  schedule: string | undefined,
  timezone: string | undefined,
): { schedule: string | undefined; timezone: string | undefined } {
  if (schedule === undefined) return { schedule, timezone };
  const words = schedule.split(/\s+/);
  const last = words.at(-1);
  if (words.length < 2 || !looksLikeZone(last)) return { schedule, timezone };
  // Two zones, one in each box: say so, rather than call the schedule no schedule.
  if (timezone !== undefined && last?.toLowerCase() !== timezone.toLowerCase())
    throw new UserError(
      'bad-timezone',
      `two time zones given: ${last} at the end of the schedule and ${timezone} as the timezone; give one`,
    );
  return { schedule: words.slice(0, -1).join(' '), timezone: timezone ?? last };
}
