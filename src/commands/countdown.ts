import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField } from './options.js';
import { countdownReply } from '../chat/digest-reply.js';

export const countdownCommand = defineCommand({
  name: 'countdown',
  description: 'Days left until the date the story turns on',
  schema: z.object({ article: articleField, public: publicField }),
  visibility: 'channel',
  usage: 'countdown [article]',
  handler: async (ctx, o) => {
    const [sub, article] = await Promise.all([
      ctx.services.store.getSubscription(ctx.platform, ctx.channelId),
      ctx.services.library.resolve(o.article),
    ]);
    return countdownReply(article, ctx.now, sub?.timeZone ?? ctx.services.defaultTimeZone);
  },
});
