import type { CommandSpec } from './types.js';
import { digestCommand } from './digest.js';
import { quotesCommand } from './quotes.js';
import { countdownCommand } from './countdown.js';
import { articlesCommand } from './articles.js';
import { subscribeCommand } from './subscribe.js';
import { unsubscribeCommand } from './unsubscribe.js';
import { sourcesCommand } from './sources.js';
import { statusCommand } from './status.js';
import { makeHelpCommand } from './help.js';

/** Every slash command, declared once. Adapters build their platform's declarations from this list. */
export const COMMANDS: readonly CommandSpec[] = [
  digestCommand,
  quotesCommand,
  countdownCommand,
  articlesCommand,
  subscribeCommand,
  unsubscribeCommand,
  statusCommand,
  sourcesCommand,
  makeHelpCommand(() => COMMANDS),
];

/** Finds a command by name (case-insensitive). */
export function findCommand(name: string): CommandSpec | undefined {
  const n = name.toLowerCase();
  return COMMANDS.find((c) => c.name === n);
}
