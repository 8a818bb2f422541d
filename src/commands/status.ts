import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField } from './options.js';
import { textReply } from '../chat/reply.js';
import { articleStatus, channelStatus } from './status-report.js';
import { commandLine } from './command-line.js';

export const statusCommand = defineCommand({
  name: 'status',
  description: 'What this channel gets and when; with article: why that one was or was not posted',
  schema: z.object({ article: articleField.meta({ description: 'Why this article was or was not posted here' }) }),
  visibility: 'private',
  usage: 'status [article:ID]',
  handler: async (ctx, o) => {
    const { store, library, sources } = ctx.services;
    const sub = await store.getSubscription(ctx.platform, ctx.channelId);
    // An article asked about is looked up first: a skipped file or a typo says so, subscribed or not.
    if (!sub && o.article) await library.resolve(o.article);
    if (!sub)
      return textReply(
        `This channel has no subscription. ${capitalised(ctx.managers ?? 'channel managers')} can start one with ${commandLine(ctx, 'subscribe')} (e.g. ${commandLine(ctx, 'subscribe', [['schedule', 'daily 08:00']])}).`,
      );
    if (o.article) return textReply(await articleStatus(sub, o.article, { store, library, now: ctx.now }));
    const visible = sources ? await sources.list(sub.community ?? ctx.community) : [];
    return {
      visibility: 'private',
      kind: 'info',
      parts: [await channelStatus(sub, { store, sources: visible, now: ctx.now, prefix: ctx.prefix })],
    };
  },
});

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
