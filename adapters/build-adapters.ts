import type { Poster } from '../src/chat/poster.js';
import type { SlidingWindowBudget } from '../src/chat/rate-budget.js';
import type { CommandReceiver } from '../src/commands/receiver.js';
import type { ReplayGuard } from '../src/commands/replay-guard.js';
import type { Config } from '../src/config/config.js';
import type { Logger } from '../src/log.js';
import type { Metrics } from '../src/metrics.js';
import { ConsoleAdapter } from './console/index.js';
import { DiscordAdapter } from './discord/index.js';
import { SlackAdapter } from './slack/index.js';

/** A chat platform: it posts (for the scheduler) and receives commands. */
export type Adapter = Poster & CommandReceiver;

/** The adapters the config turns on, by platform: the console when no platform token is set (or HERALD_CONSOLE=on). */
export function buildAdapters(
  config: Config,
  log: Logger,
  metrics: Metrics,
  budget: SlidingWindowBudget,
  replay: ReplayGuard | undefined,
): Map<string, Adapter> {
  const adapters = new Map<string, Adapter>();
  const useConsole =
    config.HERALD_CONSOLE === 'on' ||
    (config.HERALD_CONSOLE === 'auto' && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN);
  if (useConsole) adapters.set('console', new ConsoleAdapter(process.stdin, process.stdout, { log, metrics }));
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    const discord = new DiscordAdapter({
      token: config.DISCORD_TOKEN,
      applicationId: config.DISCORD_APPLICATION_ID,
      apiUrl: config.DISCORD_API_URL,
      log,
      metrics,
      publicKey: config.DISCORD_PUBLIC_KEY,
      budget,
      replay,
    });
    adapters.set(discord.platform, discord);
  }
  if (config.SLACK_BOT_TOKEN) {
    const slack = new SlackAdapter({
      botToken: config.SLACK_BOT_TOKEN,
      signingSecret: config.SLACK_SIGNING_SECRET,
      appToken: config.SLACK_APP_TOKEN,
      apiUrl: config.SLACK_API_URL,
      command: config.SLACK_COMMAND,
      admins: config.HERALD_ADMINS,
      log,
      metrics,
      replay,
    });
    adapters.set(slack.platform, slack);
  }
  return adapters;
}
