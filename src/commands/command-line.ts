import type { CommandContext, CommandSpec } from './types.js';

/**
 * A command as the person can use it here: typed, its values after the name ("/herald sources add
 * URL"); or on Discord, each value in its option field ("/sources action:add url:URL").
 */
export function commandLine(
  ctx: Pick<CommandContext, 'prefix' | 'typed'>,
  name: string,
  args: Array<[string, string]> = [],
): string {
  const parts = args.map(([option, value]) => (ctx.typed ? value : `${option}:${value}`));
  return [`${ctx.prefix}${name}`, ...parts].join(' ');
}

/** A command's usage as the person can use it here: its typed form, or its Discord option fields. */
export function usageOf(ctx: Pick<CommandContext, 'prefix' | 'typed'>, spec: CommandSpec): string {
  if (ctx.typed) return `${ctx.prefix}${spec.usage}`;
  const fields = spec.options.map((o) => {
    const value = o.choices ? o.choices.join('|') : o.type === 'boolean' ? 'True|False' : '…';
    return o.required ? `${o.name}:${value}` : `[${o.name}:${value}]`;
  });
  return [`${ctx.prefix}${spec.name}`, ...fields].join(' ');
}
