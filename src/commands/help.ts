import { z } from 'zod';
import type { CommandSpec } from './types.js';
import { defineCommand } from './define.js';
import { SCHEDULE_FORMS } from '../schedule/schedule-spec.js';
import { commandLine, usageOf } from './command-line.js';

/** The help command, listing the commands it is given (passed in to avoid an import cycle with the registry). */
export function makeHelpCommand(commands: () => readonly CommandSpec[]): CommandSpec {
  return defineCommand({
    name: 'help',
    description: 'What Herald can do',
    schema: z.object({}),
    visibility: 'private',
    usage: 'help',
    handler: (ctx) => ({
      visibility: 'private',
      kind: 'info',
      parts: [
        {
          title: 'Herald — news digests',
          bullets: commands().map(
            (c) => `${usageOf(ctx, c)} — ${c.description}${c.manage ? ` (${ctx.managers ?? 'channel managers'})` : ''}`,
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
