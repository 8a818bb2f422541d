import { z } from 'zod';
import type { CommandSpec } from './types.js';
import { articleField, articleOption, publicField, publicOption } from './options.js';
import { countdownReply, digestReply } from '../chat/digest-reply.js';

const schema = z.object({ article: articleField, public: publicField });

export const digestCommand: CommandSpec<typeof schema> = {
  name: 'digest',
  description: 'Show the digest of an article: briefing, countdown and quotes',
  options: [articleOption, publicOption],
  schema,
  visibility: 'channel',
  usage: 'digest [article]',
  handler: async (ctx, o) => digestReply(await ctx.services.library.resolve(o.article), ctx.now, ctx.services.defaultTimeZone, ctx.prefix),
};

export const countdownCommand: CommandSpec<typeof schema> = {
  name: 'countdown',
  description: 'Days left until the date the story turns on',
  options: [articleOption, publicOption],
  schema,
  visibility: 'channel',
  usage: 'countdown [article]',
  handler: async (ctx, o) => {
    const [sub, article] = await Promise.all([ctx.services.store.getSubscription(ctx.platform, ctx.channelId), ctx.services.library.resolve(o.article)]);
    return countdownReply(article, ctx.now, sub?.timeZone ?? ctx.services.defaultTimeZone);
  },
};
