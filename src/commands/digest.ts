import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField } from './options.js';
import { digestReply } from '../chat/digest-reply.js';

export const digestCommand = defineCommand({
  name: 'digest',
  description: 'Show the digest of an article: briefing, countdown and quotes',
  schema: z.object({ article: articleField, public: publicField }),
  visibility: 'channel',
  usage: 'digest [article]',
  handler: async (ctx, o) =>
    digestReply(await ctx.services.library.resolve(o.article), ctx.now, ctx.services.defaultTimeZone, ctx.prefix),
});
