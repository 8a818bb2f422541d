import { loadConfig, secretsOf, ConfigError, type Config } from '../src/config.js';
import { createLogger, type Logger } from '../src/log.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { ArticleLibrary } from '../src/article/library.js';
import { CommandBus } from '../src/commands/bus.js';
import { COMMANDS } from '../src/commands/registry.js';
import { validateSpecs } from '../src/commands/validate.js';
import { Scheduler } from '../src/schedule/scheduler.js';
import { systemClock, type ChatAdapter } from '../src/chat/adapter.js';
import { digestReply } from '../src/commands/digest-reply.js';
import { ConsoleAdapter, CONSOLE_CHANNEL } from './console/index.js';
import { DiscordAdapter } from './discord/index.js';
import { SlackAdapter } from './slack/index.js';
import { createSources } from '../src/sources/index.js';
import { storedArticles } from '../src/sources/stored.js';

const STOP_TIMEOUT_MS = 10_000;

// The composition root: reads the config, builds the store, library, bus and scheduler, and starts
// each configured adapter. It lives in adapters/ because it is the one place that knows them all.
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.LOG_LEVEL, secretsOf(config));
  const problems = validateSpecs(COMMANDS);
  if (problems.length > 0) {
    log.error('command specs break platform limits', { problems });
    process.exit(1);
  }
  const store = new SqliteStore(config.HERALD_DB);
  // Articles from news sources are listed beside the files, so commands and schedules treat both alike.
  const library = new ArticleLibrary(
    config.HERALD_DIGESTS_DIR,
    (p) => log.warn('article skipped', { article: p.file, reason: p.message }),
    storedArticles(store.sources),
  );
  const sources = createSources({ config, store: store.sources, library, log, clock: systemClock });
  const adapters = new Map<string, ChatAdapter>();
  const useConsole = config.HERALD_CONSOLE === 'on' || (config.HERALD_CONSOLE === 'auto' && !config.DISCORD_TOKEN && !config.SLACK_BOT_TOKEN);
  const consoleAdapter = useConsole ? new ConsoleAdapter() : null;
  if (consoleAdapter) adapters.set(consoleAdapter.platform, consoleAdapter);
  if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
    const discord = new DiscordAdapter({ token: config.DISCORD_TOKEN, applicationId: config.DISCORD_APPLICATION_ID, apiUrl: config.DISCORD_API_URL, log });
    adapters.set(discord.platform, discord);
  }
  if (config.SLACK_BOT_TOKEN) {
    const slack = new SlackAdapter({
      botToken: config.SLACK_BOT_TOKEN, signingSecret: config.SLACK_SIGNING_SECRET, appToken: config.SLACK_APP_TOKEN, apiUrl: config.SLACK_API_URL,
      port: config.PORT, command: config.SLACK_COMMAND, admins: config.HERALD_ADMINS, log,
    });
    adapters.set(slack.platform, slack);
  }
  // A library's background retry that fails for good (a revoked token during a reconnect) must not
  // vanish silently: log it and exit, so a supervisor restarts the bot.
  process.on('unhandledRejection', (err) => {
    log.error('unhandled rejection; exiting', { err });
    process.exit(1);
  });

  let scheduler: Scheduler | null = null;
  const bus = new CommandBus(
    { library, store, defaultTimeZone: config.HERALD_TZ, onSubscriptionsChanged: () => scheduler?.sync(), sources: sources.manager },
    log,
    systemClock,
  );
  scheduler = new Scheduler({ store, library, adapters, log, clock: systemClock, maxRetries: config.HERALD_MAX_RETRIES, backoffMs: 1000 });

  for (const a of adapters.values()) await a.start(bus);
  if (consoleAdapter) await startConsole(consoleAdapter, bus, store, library, config, log);
  await scheduler.start();
  sources.poller.start();
  log.info('herald started', {
    adapters: [...adapters.keys()], subscriptions: scheduler.size, articles: library.list().length, sources: store.sources.listSources().length,
  });
  if (consoleAdapter) await greet(consoleAdapter, scheduler, store, library, config);

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    // No new articles first; a fetch cut short is simply fetched again at the next start.
    await sources.poller.stop(3000);
    const finished = await scheduler.stop(STOP_TIMEOUT_MS);
    if (!finished) log.warn('posts still under way at stop were left claimed; they are retried at the next start');
    for (const a of adapters.values()) await a.stop().catch((err: unknown) => log.warn('adapter stop failed', { platform: a.platform, err }));
    store.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** Subscribes the terminal on HERALD_CONSOLE_SCHEDULE the first time, through the same command a chat user would run. */
async function startConsole(c: ConsoleAdapter, bus: CommandBus, store: SqliteStore, library: ArticleLibrary, config: Config, log: Logger): Promise<void> {
  void library;
  if (store.getSubscription(c.platform, CONSOLE_CHANNEL)) return;
  const reply = await bus.run('subscribe', { schedule: config.HERALD_CONSOLE_SCHEDULE }, { platform: c.platform, channelId: CONSOLE_CHANNEL, userId: 'console', canManage: true });
  log.info('console subscribed', { channel: CONSOLE_CHANNEL, reply: reply.parts[0]?.text });
}

/** Shows the newest digest at once: delivered now if the terminal has not had it, else shown again. */
async function greet(c: ConsoleAdapter, scheduler: Scheduler, store: SqliteStore, library: ArticleLibrary, config: Config): Promise<void> {
  const newest = library.newest();
  if (!newest) {
    c.print({ visibility: 'private', kind: 'info', parts: [{ text: `No articles yet: add a .txt or .md file to ${library.dir}/.` }] });
    return;
  }
  if (!store.handledArticles(c.platform, CONSOLE_CHANNEL).has(newest.id)) {
    await scheduler.fire(c.platform, CONSOLE_CHANNEL, 'manual');
    if (store.getDelivery(c.platform, CONSOLE_CHANNEL, newest.id)?.status === 'sent') return;
  }
  c.print(digestReply(newest, new Date(), config.HERALD_TZ));
}

main().catch((err: unknown) => {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'fatal', err: String(err instanceof Error ? err.stack : err) })}\n`);
  process.exit(1);
});
