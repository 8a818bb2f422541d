import { afterEach } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandBus } from '../../src/commands/bus.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { createLogger } from '../../src/log.js';
import { Poller } from '../../src/sources/poller.js';
import { SourceManager } from '../../src/sources/manager.js';
import { fetchLimits } from '../../src/sources/limits.js';
import type { FetchLimits } from '../../src/sources/types.js';
import { openIndex, RecordingAdapter, TestClock, TEST_HOLDER } from '../support/services.js';

export interface WorldOptions {
  now?: string;
  /** Whether chat may add local URLs (the fixture server is on 127.0.0.1). */
  allowPrivate?: boolean;
  limits?: Partial<FetchLimits>;
}

/** A Herald with sources: store, library listing stored articles, poller, /sources, scheduler, a recording platform. */
export async function sourcesWorld(o: WorldOptions = {}) {
  const root = mkdtempSync(join(tmpdir(), 'herald-sources-'));
  const dir = join(root, 'digests');
  mkdirSync(dir);
  copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
  const clock = new TestClock(new Date(o.now ?? '2024-11-24T12:00:00Z'));
  const { store, files, library } = await openIndex(join(root, 'herald.db'), dir, clock);
  const logs: string[] = [];
  const log = createLogger('debug', [], (l) => logs.push(l));
  const limits = fetchLimits({ allowPrivate: o.allowPrivate ?? true, timeoutMs: 3000, ...o.limits });
  const sourcesFile = join(dir, 'sources.json');
  const poller = new Poller({
    store: store.sources,
    clock,
    log,
    limits,
    sourcesFile,
    defaultEveryMinutes: 15,
    keepDays: 30,
  });
  const manager = new SourceManager({
    store: store.sources,
    clock,
    defaultEveryMinutes: 15,
    allowPrivate: o.allowPrivate ?? true,
    onAdded: (id) => poller.pollNow(id),
  });
  const adapter = new RecordingAdapter();
  const scheduler = new Scheduler({
    store,
    library,
    posters: new Map([['test', adapter]]),
    log,
    clock,
    maxRetries: 1,
    backoffMs: 1,
    sleep: async () => {},
    ...TEST_HOLDER,
  });
  const bus = new CommandBus(
    {
      library,
      store,
      defaultTimeZone: 'UTC',
      onSubscriptionsChanged: (p, c) => void scheduler.syncOne(p, c),
      sources: manager,
    },
    log,
    clock,
  );
  return {
    root,
    dir,
    store,
    library,
    clock,
    logs,
    poller,
    manager,
    adapter,
    scheduler,
    bus,
    sourcesFile,
    /** Writes digests/sources.json. */
    writeSources: (content: unknown): void =>
      writeFileSync(sourcesFile, typeof content === 'string' ? content : JSON.stringify(content)),
    /** The JSON log lines with this message. */
    logged: (msg: string): Array<Record<string, unknown>> =>
      logs.map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e.msg === msg),
    /** The articles taken from sources, newest first, as the index holds them. */
    sourceArticles: () =>
      store.db.all<{
        id: string;
        sourceId: string;
        sourceName: string | null;
        guid: string | null;
        date: string | null;
        url: string | null;
        title: string | null;
        text: string;
      }>(
        `SELECT id, source_id AS "sourceId", source_name AS "sourceName", guid, date, url, title, text FROM articles WHERE kind = 'source' ORDER BY created_at DESC, id`,
      ),
    /** Moves the clock on by minutes. */
    advance: (minutes: number): void => clock.set(new Date(clock.now().getTime() + minutes * 60_000).toISOString()),
    close: async (): Promise<void> => {
      await poller.stop(1000);
      await scheduler.stop(1000);
      files.stop();
      await store.close();
    },
  };
}

export type SourcesWorld = Awaited<ReturnType<typeof sourcesWorld>>;

/** The manager's caller: a channel manager, or a member without the permission. */
export const manager = { platform: 'test', channelId: 'c1', userId: 'u1', canManage: true };
export const member = { ...manager, userId: 'u2', canManage: false };
/** A channel manager in `channelId` of `community` (a Discord server, a Slack workspace). */
export const managerIn = (community: string, channelId: string) => ({ ...manager, channelId, community });

/** A maker of test worlds that closes every world it made after each test. Call at module level. */
export function useWorlds(): (o?: WorldOptions) => Promise<SourcesWorld> {
  const worlds: SourcesWorld[] = [];
  afterEach(async () => {
    while (worlds.length) await worlds.pop()?.close();
  });
  return async (o = {}) => {
    const w = await sourcesWorld(o);
    worlds.push(w);
    return w;
  };
}
