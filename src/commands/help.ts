import { z } from 'zod';
import type { CommandSpec } from './types.js';
import { defineCommand } from './define.js';
import { SCHEDULE_FORMS } from '../schedule/schedule-spec.js';
import { commandLine, usageOf } from './command-line.js';
import { UserError } from '../errors.js';
import type { ReplyPart } from '../chat/reply.js';

/** The help command, listing the commands it is given (passed in to avoid an import cycle with the registry). */
export function makeHelpCommand(commands: () => readonly CommandSpec[]): CommandSpec {
  return defineCommand({
    name: 'help',
    description: 'What Herald can do',
    schema: z.object({
      command: z.string().trim().max(40).optional().meta({ description: 'One command to explain, e.g. subscribe' }),
    }),
    visibility: 'private',
    usage: 'help [command]',
    handler: (ctx, o) => ({
      visibility: 'private',
      kind: 'info',
      parts: [
        o.command
          ? oneCommand(ctx, commands(), o.command)
          : {
              title: 'Herald — news digests',
              bullets: commands().map(
                (c) =>
                  `${usageOf(ctx, c)} — ${c.description}${c.manage ? ` (${ctx.managers ?? 'channel managers'})` : ''}`,
              ),
              fields: [
                {
                  name: 'Options',
                  value: ctx.typed
                    ? `Give options in order or as name:value, e.g. ${ctx.prefix}quotes speaker:zelenskyy. Add public:true to ${ctx.prefix}quotes to show its answer to the channel.`
                    : `Fill the options Discord offers after the command's name, e.g. ${commandLine(ctx, 'quotes', [['speaker', 'zelenskyy']])}. Set public to True on ${commandLine(ctx, 'quotes')} to show its answer to the channel.`,
                },
                { name: 'Schedules', value: SCHEDULE_FORMS },
              ],
            },
      ],
    }),
  });
}

// "/help subscribe": the one command's usage, what it does, who may use it and each option.
function oneCommand(ctx: HelpContext, commands: readonly CommandSpec[], asked: string): ReplyPart {
  const name = asked.replace(/^\//, '').toLowerCase();
  const spec = commands.find((c) => c.name === name);
  if (!spec) throw new UserError('not-found', `No command "${asked}". ${commandLine(ctx, 'help')} lists them.`);
  return {
    title: usageOf(ctx, spec),
    text: `${spec.description}${spec.manage ? `. For ${ctx.managers ?? 'channel managers'}` : ''}.`,
    bullets: spec.options.map((o) => `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`),
    ...(spec.name === 'subscribe' ? { fields: [{ name: 'Schedules', value: SCHEDULE_FORMS }] } : {}),
  };
}

type HelpContext = Parameters<typeof usageOf>[0] & { managers?: string | undefined };
