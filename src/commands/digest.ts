import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField } from './options.js';
import { digestReply } from '../chat/digest-reply.js';
import { channelZone } from './channel-zone.js';

export const digestCommand = defineCommand({
  name: 'digest',
  description: 'Show the digest of an article: briefing, countdown and quotes',
  schema: z.object({ article: articleField, public: publicField }),
  visibility: 'channel',
  usage: 'digest [article]',
  handler: async (ctx, o) => {
    const [zone, article] = await Promise.all([channelZone(ctx), ctx.services.library.resolve(o.article)]);
    return digestReply(article, ctx.now, zone, ctx.prefix);
  },
});
