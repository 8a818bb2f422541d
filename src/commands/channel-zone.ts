import type { CommandContext } from './types.js';

/**
 * The time zone a command's answer counts days in: the channel's subscription's, so /digest and
 * /countdown say the same number of days as the scheduled posts there; else Herald's default.
 */
export async function channelZone(ctx: CommandContext): Promise<string> {
  const sub = await ctx.services.store.getSubscription(ctx.platform, ctx.channelId);
  return sub?.timeZone ?? ctx.services.defaultTimeZone;
}
