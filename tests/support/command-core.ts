import type { Clock } from '../../src/clock.js';
import { CommandBus } from '../../src/commands/bus.js';
import type { ArticleLibrary } from '../../src/library/library.js';
import type { Logger } from '../../src/log.js';
import { fetchLimits } from '../../src/sources/limits.js';
import { SourceManager } from '../../src/sources/manager.js';
import { Poller } from '../../src/sources/poller.js';
import type { SqliteStore } from '../../src/store/sqlite.js';

/**
 * The command bus as the bot wires it, for the adapter harnesses; with `sources`, also the poller and
 * the /sources manager (local addresses allowed, as with HERALD_SOURCES_ALLOW_PRIVATE on).
 */
export function commandCore(o: {
  store: SqliteStore;
  library: ArticleLibrary;
  clock: Clock;
  log: Logger;
  defaultTimeZone: string;
  sources?: boolean | undefined;
  sourcesFile?: string | null;
}): { bus: CommandBus; poller: Poller | null; manager: SourceManager | null } {
  const { store, clock, log } = o;
  const poller = o.sources
    ? new Poller({
        store: store.sources,
        clock,
        log,
        limits: fetchLimits({ allowPrivate: true, timeoutMs: 3000 }),
        sourcesFile: o.sourcesFile ?? null,
        defaultEveryMinutes: 15,
        keepDays: 30,
      })
    : null;
  const manager = poller
    ? new SourceManager({
        store: store.sources,
        clock,
        defaultEveryMinutes: 15,
        allowPrivate: true,
        onAdded: (id) => poller.pollNow(id),
      })
    : null;
  const bus = new CommandBus(
    {
      library: o.library,
      store,
      defaultTimeZone: o.defaultTimeZone,
      onSubscriptionsChanged: () => {},
      ...(manager ? { sources: manager } : {}),
    },
    log,
    clock,
  );
  return { bus, poller, manager };
}
