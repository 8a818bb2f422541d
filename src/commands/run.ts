import type { z } from 'zod';
import type { CommandContext, CommandSpec } from './types.js';
import { textReply, type Reply } from '../chat/reply.js';
import type { Logger } from '../log.js';
import { parseTextArgs } from './text-args.js';
import { UserError, ArticleError, SOMETHING_WENT_WRONG } from '../errors.js';
import { commandLine, usageOf } from './command-line.js';

/** Who may use manage commands when the platform does not say (Discord: Manage Channels). */
const MANAGERS = 'people who can manage this channel';

/**
 * Runs a command: checks permission (the only place that does), reads typed text with the command's
 * options, validates them with its zod schema, calls the handler. `options` are the platform's
 * (Discord), or the text typed after the command name (Slack, console). A user error becomes a
 * private reply; anything else is logged once and the user gets a generic private reply. Never throws.
 */
export async function runCommand(
  spec: CommandSpec,
  options: Record<string, unknown> | string,
  ctx: CommandContext,
  log: Logger,
): Promise<Reply> {
  try {
    // Asked only for manage commands: on Slack it may cost a users.info call.
    if (spec.manage && !(await ctx.canManage())) {
      log.info('command refused: cannot manage the channel', {
        command: spec.name,
        platform: ctx.platform,
        channel: ctx.channelId,
        user: ctx.userId,
      });
      throw new UserError('forbidden', `Only ${ctx.managers ?? MANAGERS} can use ${ctx.prefix}${spec.name}.`);
    }
    let raw: Record<string, unknown>;
    try {
      raw = typeof options === 'string' ? parseTextArgs(spec, options, ctx.prefix) : options;
    } catch (err) {
      // Typed text the command cannot read: its usage, without an error code.
      if (err instanceof UserError) return textReply(err.message, 'error');
      throw err;
    }
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const name = issue?.path.join('.') || 'options';
      throw new UserError('bad-option', `${name}: ${issueText(issue)}. Usage: ${usageOf(ctx, spec)}`);
    }
    const reply = await spec.handler(ctx, parsed.data);
    // public:true shows a private answer to the channel; public:false keeps a channel answer to the caller.
    const asked = (parsed.data as { public?: boolean }).public;
    return asked === undefined ? reply : { ...reply, visibility: asked ? 'channel' : 'private' };
  } catch (err) {
    if (err instanceof UserError || err instanceof ArticleError) {
      const see = err.seeCommand ? ` ${commandLine(ctx, ...err.seeCommand)} lists them.` : '';
      const text = `${err.message}${see}`;
      return { ...textReply(text, 'error'), parts: [{ text, footer: `error: ${err.code}` }] };
    }
    log.error('command failed', { command: spec.name, platform: ctx.platform, channel: ctx.channelId, err });
    return textReply(SOMETHING_WENT_WRONG, 'error');
  }
}

// zod's own words ("Too big: expected string to have <=200 characters") read like a log line to
// someone typing a command: lengths in plain words; other messages are written in the schemas.
function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'too_big' && issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
  if (issue?.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  return issue?.message ?? 'invalid';
}
