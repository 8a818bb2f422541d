import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config.js';
import { ConfigError } from '../src/errors.js';

// The `herald` command: platform commands live here, because src/ never imports an adapter; every
// other command is the core's CLI, loaded unchanged.
const [command, ...rest] = process.argv.slice(2);

if (command === 'register-commands') {
  await registerCommandsCli(rest);
} else {
  await import('../src/cli/cli.js');
}

async function registerCommandsCli(args: string[]): Promise<void> {
  let guild: string | undefined;
  try {
    guild = parseArgs({ args, options: { guild: { type: 'string' } } }).values.guild;
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\nusage: herald register-commands [--guild ID]`);
  }
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = config;
  if (!token || !applicationId) {
    fail(
      'register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (Developer Portal → your application → Bot and General Information); set them in .env',
    );
  }
  const guildId = guild ?? config.DISCORD_GUILD_ID;
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId))
    fail(`--guild must be a numeric server id, not "${guildId}"`);
  // Loaded only here, so the core's commands do not pay for discord.js.
  const { registerCommands } = await import('./discord/register.js');
  try {
    const r = await registerCommands({ token, applicationId, guildId, apiUrl: config.DISCORD_API_URL });
    const where = r.scope === 'guild' ? `server ${guildId}` : 'every server (global; may take a while to show)';
    process.stdout.write(
      `registered ${r.names.length} commands for ${where}: ${r.names.map((n) => `/${n}`).join(' ')}\n`,
    );
    process.exit(0);
  } catch (err) {
    const status = typeof err === 'object' && err !== null && 'status' in err ? ` (HTTP ${String(err.status)})` : '';
    process.stderr.write(
      `herald: register-commands failed${status}: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exit(1);
  }
}

function fail(message: string): never {
  process.stderr.write(`herald: ${message}\n`);
  process.exit(2);
}
