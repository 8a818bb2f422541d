import { REST, Routes, type RESTOptions } from 'discord.js';
import type { CommandSpec } from '../../src/commands/types.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { validateSpecs } from '../../src/commands/validate.js';
import { commandJson } from './commands.js';
import { restBase } from './api-url.js';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register to one server: changes show at once (global commands can take a while to reach every client). */
  guildId?: string | undefined;
  apiUrl?: string | undefined;
  specs?: readonly CommandSpec[];
  restOptions?: Partial<RESTOptions>;
}

export interface RegisterResult {
  scope: 'global' | 'guild';
  names: string[];
}

/**
 * Replaces the application's slash commands with Herald's (one bulk PUT, so commands that were
 * removed from Herald disappear from Discord too). Throws when a spec breaks Discord's limits.
 */
export async function registerCommands(opts: RegisterOptions): Promise<RegisterResult> {
  const specs = opts.specs ?? COMMANDS;
  const problems = validateSpecs(specs);
  if (problems.length > 0) throw new Error(`command specs break platform limits: ${problems.join('; ')}`);
  const rest = new REST({ ...(opts.apiUrl ? { api: restBase(opts.apiUrl) } : {}), ...opts.restOptions }).setToken(
    opts.token,
  );
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const saved = (await rest.put(route, { body: commandJson(specs) })) as Array<{ name: string }>;
  return { scope: opts.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}
