import type { CommandContext, CommandSpec } from './types.js';
import { textReply, type Reply } from '../chat/reply.js';
import type { Logger } from '../log.js';
import { UserError, ArticleError, SOMETHING_WENT_WRONG } from '../errors.js';

/**
 * Runs a command: validates its options with the command's zod schema, checks permission, calls the
 * handler. A user error becomes a private reply with its code; anything else is logged once and the
 * user gets a generic private reply. Never throws.
 */
export async function runCommand(spec: CommandSpec, raw: Record<string, unknown>, ctx: CommandContext, log: Logger): Promise<Reply> {
  try {
    if (spec.manage && !ctx.canManage) {
      throw new UserError('forbidden', `Only people who can manage this channel can use ${ctx.prefix}${spec.name}.`);
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = issue?.path.join('.') || 'options';
      throw new UserError('bad-option', `${name}: ${issue?.message ?? 'invalid'}. Usage: ${ctx.prefix}${spec.usage}`);
    }
    const reply = await spec.handler(ctx, parsed.data);
    const wantsPublic = (parsed.data as { public?: boolean }).public === true;
    return wantsPublic ? { ...reply, visibility: 'channel' } : reply;
  } catch (err) {
    if (err instanceof UserError || err instanceof ArticleError) {
      return { ...textReply(err.message, 'error'), parts: [{ text: err.message, footer: `error: ${err.code}` }] };
    }
    log.error('command failed', { command: spec.name, platform: ctx.platform, channel: ctx.channelId, err });
    return textReply(SOMETHING_WENT_WRONG, 'error');
  }
}
