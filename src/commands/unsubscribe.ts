import { z } from 'zod';
import { defineCommand } from './define.js';
import { textReply } from '../chat/reply.js';

export const unsubscribeCommand = defineCommand({
  name: 'unsubscribe',
  description: 'Stop scheduled digests in this channel',
  schema: z.object({}),
  visibility: 'private',
  manage: true,
  usage: 'unsubscribe',
  handler: async (ctx) => {
    const removed = await ctx.services.store.removeSubscription(ctx.platform, ctx.channelId);
    ctx.services.onSubscriptionsChanged(ctx.platform, ctx.channelId);
    return textReply(removed ? 'Unsubscribed: no more scheduled digests here.' : 'This channel had no subscription.');
  },
});
