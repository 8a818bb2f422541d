import { join } from 'node:path';
import type { Config } from '../config/config.js';
import type { Logger } from '../log.js';
import type { SourceStore } from '../store/types.js';
import { limitsFrom } from './limits.js';
import { SourceManager } from './manager.js';
import { Poller } from './poller.js';
import type { Metrics } from '../metrics.js';
import type { Clock } from '../clock.js';

type SourceConfig = Pick<
  Config,
  | 'HERALD_DIGESTS_DIR'
  | 'HERALD_SOURCES_FILE'
  | 'HERALD_SOURCES_EVERY'
  | 'HERALD_SOURCES_KEEP_DAYS'
  | 'HERALD_SOURCES_ALLOW_PRIVATE'
  | 'HERALD_FETCH_TIMEOUT'
  | 'HERALD_FETCH_MAX_BYTES'
  | 'HERALD_FETCH_CONTACT'
>;

/** The poller and the /sources manager, built from the settings. Start the poller with `poller.start()`. */
export function createSources(o: {
  config: SourceConfig;
  store: SourceStore;
  log: Logger;
  clock: Clock;
  metrics?: Metrics;
}): {
  poller: Poller;
  manager: SourceManager;
} {
  const { config, store, log, clock, metrics } = o;
  const allowPrivate = config.HERALD_SOURCES_ALLOW_PRIVATE === 'on';
  const limits = limitsFrom(config);
  const poller = new Poller({
    store,
    clock,
    log,
    limits,
    sourcesFile: config.HERALD_SOURCES_FILE ?? join(config.HERALD_DIGESTS_DIR, 'sources.json'),
    defaultEveryMinutes: config.HERALD_SOURCES_EVERY,
    keepDays: config.HERALD_SOURCES_KEEP_DAYS,
    ...(metrics ? { metrics } : {}),
  });
  const manager = new SourceManager({
    store,
    clock,
    allowPrivate,
    defaultEveryMinutes: config.HERALD_SOURCES_EVERY,
    onAdded: (id) => poller.pollNow(id),
  });
  return { poller, manager };
}
