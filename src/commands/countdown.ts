import { z } from 'zod';
import { defineCommand } from './define.js';
import { articleField, publicField } from './options.js';
import { countdownReply } from '../chat/digest-reply.js';
import { channelZone } from './channel-zone.js';

export const countdownCommand = defineCommand({
  name: 'countdown',
  description: 'Days left until the date the story turns on',
  schema: z.object({ article: articleField, public: publicField }),
  visibility: 'channel',
  usage: 'countdown [article]',
  handler: async (ctx, o) => {
    const [zone, article] = await Promise.all([channelZone(ctx), ctx.services.library.resolve(o.article)]);
    return countdownReply(article, ctx.now, zone);
  },
});
