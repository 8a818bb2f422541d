import type { CommandSpec } from './types.js';
import { digestCommand, countdownCommand } from './digest.js';
import { quotesCommand } from './quotes.js';
import { articlesCommand } from './articles.js';
import { subscribeCommand, unsubscribeCommand } from './subscribe.js';
import { sourcesCommand } from './sources.js';
import { statusCommand } from './status.js';
import { makeHelpCommand } from './help.js';

/** Every slash command, declared once. Adapters build their platform's declarations from this list. */
export const COMMANDS: readonly CommandSpec[] = [
  digestCommand, quotesCommand, countdownCommand, articlesCommand, subscribeCommand, unsubscribeCommand, statusCommand, sourcesCommand,
  makeHelpCommand(() => COMMANDS),
] as unknown as CommandSpec[];

/** Finds a command by name (case-insensitive). */
export function findCommand(name: string): CommandSpec | undefined {
  const n = name.toLowerCase();
  return COMMANDS.find((c) => c.name === n);
}
