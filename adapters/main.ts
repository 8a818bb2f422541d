import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { databaseVariable, loadConfig, secretsOf, httpServerWanted } from '../src/config/config.js';
import { pathProblems } from '../src/config/paths.js';
import { createLogger } from '../src/log.js';
import { noopMetrics, type Metrics } from '../src/metrics.js';
import { openStore } from '../src/store/open.js';
import { SqliteStore } from '../src/store/sqlite.js';
import { holdInstanceLock } from '../src/store/instance-lock.js';
import { refuseMoved } from '../src/store/moved-mark.js';
import { hidePassword } from '../src/store/db-url.js';
import { ArticleFiles } from '../src/library/files.js';
import { ArticleLibrary } from '../src/library/library.js';
import { CommandBus } from '../src/commands/bus.js';
import { COMMANDS } from '../src/commands/registry.js';
import { validateSpecs } from '../src/commands/validate.js';
import { Scheduler } from '../src/schedule/scheduler.js';
import { SlidingWindowBudget } from '../src/chat/rate-budget.js';
import { createSources } from '../src/sources/index.js';
import type { ConsoleAdapter } from './console/index.js';
import { greet, subscribeConsole } from './console/greet.js';
import type { DiscordAdapter } from './discord/index.js';
import type { SlackAdapter } from './slack/index.js';
import { startHttp } from './http/server.js';
import { PromMetrics } from './http/prom-metrics.js';
import { ConfigError } from '../src/errors.js';
import { claimFolder } from '../src/library/folder-claim.js';
import { buildAdapters } from './build-adapters.js';
import { orExit } from './or-exit.js';
import { systemClock } from '../src/clock.js';
import { SharedReplayGuard } from '../src/commands/replay-guard.js';

const STOP_TIMEOUT_MS = 10_000;

// The composition root: reads the config, opens the store and the article index, builds the bus and
// the scheduler, and starts each configured adapter. It lives in adapters/ because it is the one
// place that knows them all.
async function main(): Promise<void> {
  const config = await orExit(() => {
    const c = loadConfig();
    const problems = pathProblems(c);
    if (problems.length > 0) throw new ConfigError(problems);
    return c;
  });
  const log = createLogger(config.LOG_LEVEL, secretsOf(config));
  const problems = validateSpecs(COMMANDS);
  if (problems.length > 0) {
    log.error('command specs break platform limits', { problems });
    process.exit(1);
  }
  // Who this process is when it claims a post (several instances share one PostgreSQL).
  const instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const store = await orExit(() => openStore(config.HERALD_DB, databaseVariable()));
  const exclusive = store instanceof SqliteStore;
  const releaseLock = exclusive
    ? await orExit(async () => {
        await refuseMoved(store.db, config.HERALD_DB, databaseVariable());
        return holdInstanceLock(store.db, config.HERALD_DB, instance, databaseVariable());
      })
    : async () => {};

  // A signal during the first steps (the pass over the articles folder can take seconds): let go of
  // the database and stop. Replaced by the full stop below once everything it stops exists.
  const early = (signal: string): void => {
    log.info('stopping', { signal, during: 'start-up' });
    void releaseLock()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  const earlyInt = (): void => early('SIGINT');
  const earlyTerm = (): void => early('SIGTERM');
  process.once('SIGINT', earlyInt);
  process.once('SIGTERM', earlyTerm);

  const prom = httpServerWanted(config) ? new PromMetrics() : null;
  const metrics: Metrics = prom ?? noopMetrics;
  // One bot token's 50 requests a second, shared between the instances on one database.
  const discordBudget = new SlidingWindowBudget();
  // Instances behind one load balancer share what they have answered, so a replay is refused by all.
  const replay = exclusive
    ? undefined
    : new SharedReplayGuard((key, expires) => store.coordination.firstSeen(key, expires, Date.now()), log);
  const adapters = buildAdapters(config, log, metrics, discordBudget, replay);
  const consoleAdapter = adapters.get('console') as ConsoleAdapter | undefined;
  // Whether start-up has finished (catch-up posts included): /readyz says "starting" until then.
  let started = false;
  // Up before the first pass over the articles folder (20,000 new files: 10 s) and the adapters: /healthz
  // answers during start-up, /readyz says "herald: starting", and the adapters' routes say 503 until they are ready.
  const http = prom
    ? await orExit(() =>
        startHttp({
          port: config.PORT,
          host: config.HERALD_HTTP_HOST,
          log,
          metrics: prom,
          slack: adapters.get('slack') as SlackAdapter | undefined,
          discord: adapters.get('discord') as DiscordAdapter | undefined,
          readiness: async () =>
            store.ping().then(
              () => (started ? [] : ['herald: starting']),
              (err: unknown) => [`database: ${err instanceof Error ? err.message : String(err)}`],
            ),
        }),
      )
    : null;
  // One database mirrors one folder: another instance's, still there, would be emptied by this one's passes.
  const movedFrom = await orExit(() => claimFolder(store.articles, config.HERALD_DIGESTS_DIR));
  if (movedFrom !== null) log.info('articles folder changed; the index follows the new one', { from: movedFrom });
  const files = new ArticleFiles({
    dir: config.HERALD_DIGESTS_DIR,
    store: store.articles,
    clock: systemClock,
    onProblem: (p) => log.warn('article skipped', { article: p.file, reason: p.message }),
    onFutureDate: (p) => log.warn('article dated after today', { article: p.file, reason: p.message }),
    onFolderLost: (why) => log.error('articles folder unreadable; its articles are kept until it is back', { why }),
  });
  const synced = await files.sync();
  files.watch();
  const placed = await store.placeLegacyCursors();
  if (placed > 0) log.info('subscriptions of an earlier release given cursors', { count: placed });
  const sources = createSources({ config, store: store.sources, log, clock: systemClock, metrics });
  const library = new ArticleLibrary(config.HERALD_DIGESTS_DIR, store.articles, files);
  // A library's background retry that fails for good (a revoked token during a reconnect) must not
  // vanish silently: log it and exit, so a supervisor restarts the bot.
  process.on('unhandledRejection', (err) => {
    log.error('unhandled rejection; exiting', { err });
    process.exit(1);
  });

  let scheduler: Scheduler | null = null;
  let lastCount = 1;
  const bus = new CommandBus(
    {
      library,
      store,
      defaultTimeZone: config.HERALD_TZ,
      sources: sources.manager,
      onSubscriptionsChanged: (platform, channelId) =>
        void scheduler
          ?.syncOne(platform, channelId)
          .catch((err: unknown) => log.error('schedule update failed', { platform, channel: channelId, err })),
    },
    log,
    systemClock,
  );
  scheduler = new Scheduler({
    store,
    library,
    posters: adapters,
    log,
    clock: systemClock,
    maxRetries: config.HERALD_MAX_RETRIES,
    backoffMs: 1000,
    holder: instance,
    exclusive,
    metrics,
    onInstances: (n) => {
      discordBudget.share(n);
      if (n !== lastCount)
        log.info('instances on this database', { count: n, discordPerWindow: discordBudget.perWindow });
      lastCount = n;
    },
  });

  // Ready to stop before anything is started: a signal during a slow start (catch-up posts, a first
  // pass over many files) still stops cleanly and lets go of what this instance holds.
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    // A load balancer stops sending requests here first.
    http?.drain();
    files.stop();
    // No new articles first; a fetch cut short is simply fetched again at the next start.
    await sources.poller.stop(3000);
    // Posts cut short are let go (the scheduler logs them) and retried by the next look for unfinished work.
    await scheduler.stop(STOP_TIMEOUT_MS);
    for (const a of adapters.values())
      await a.stop().catch((err: unknown) => log.warn('adapter stop failed', { platform: a.platform, err }));
    await http?.close(5000);
    await releaseLock();
    await store.close();
    log.info('stopped');
    process.exit(0);
  };
  process.off('SIGINT', earlyInt);
  process.off('SIGTERM', earlyTerm);
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  for (const a of adapters.values()) await orExit(() => a.start(bus));
  if (consoleAdapter) await subscribeConsole(consoleAdapter, bus, store, config.HERALD_CONSOLE_SCHEDULE, log);
  await scheduler.start();
  sources.poller.start();
  started = true;
  log.info('herald started', {
    adapters: [...adapters.keys()],
    subscriptions: scheduler.size,
    articles: await library.count(),
    newFiles: synced.added.length,
    instance,
    // Which database this is (the logger masks a password): instances that should share one can check.
    database: exclusive ? config.HERALD_DB : hidePassword(config.HERALD_DB),
    ...(http ? { http: http.port } : {}),
  });
  if (consoleAdapter) await greet(consoleAdapter, scheduler, store, library, config.HERALD_TZ);
}

main().catch((err: unknown) => {
  process.stderr.write(
    `${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'fatal', err: String(err instanceof Error ? err.stack : err) })}\n`,
  );
  process.exit(1);
});
