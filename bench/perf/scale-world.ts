/**
 * A Herald core on a folder that lives for the whole scale section (it grows from step to step), wired
 * as adapters/main.ts wires it: SQLite store, ArticleFiles (a pass, then fs.watch), the library over the
 * index, the command bus; plus an adapter that posts nowhere, for fires whose cost is Herald's alone.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import type { Poster, PostResult } from '../../src/chat/poster.js';
import { CommandBus } from '../../src/commands/bus.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Logger } from '../../src/log.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { quietLogger } from './herald.js';
import { systemClock } from '../../src/clock.js';

export interface ScaleWorld {
  root: string;
  digests: string;
  dbPath: string;
  store: SqliteStore;
  files: ArticleFiles;
  library: ArticleLibrary;
  bus: CommandBus;
  log: Logger;
  /** Main database file size in bytes after a checkpoint (the WAL folded in and truncated). */
  dbBytes(): number;
  close(): Promise<void>;
}

// The periodic rescan is measured on its own (a timed sync()); here it must not land inside another figure.
const RESCAN_MS = 3_600_000;

export async function scaleWorld(label: string): Promise<ScaleWorld> {
  const root = mkdtempSync(join(tmpdir(), `herald-scale-${label}-`));
  const digests = join(root, 'digests');
  mkdirSync(digests);
  const dbPath = join(root, 'herald.db');
  const log = quietLogger();
  const store = await SqliteStore.open(dbPath);
  const files = new ArticleFiles({
    dir: digests,
    store: store.articles,
    clock: systemClock,
    rescanMs: RESCAN_MS,
    rescanWithoutWatchMs: RESCAN_MS,
  });
  await files.sync();
  files.watch();
  const library = new ArticleLibrary(digests, store.articles, files);
  const bus = new CommandBus(
    { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} },
    log,
    systemClock,
  );
  return {
    root,
    digests,
    dbPath,
    store,
    files,
    library,
    bus,
    log,
    dbBytes() {
      store.db.db.pragma('wal_checkpoint(TRUNCATE)');
      return statSync(dbPath).size;
    },
    async close() {
      files.stop();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A platform adapter that accepts every post and sends nothing anywhere; it counts posts per channel and key. */
export class NullAdapter implements Poster {
  readonly posts = new Map<string, string[]>();
  private n = 0;
  constructor(readonly platform: string) {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async post(channelId: string, _reply: Reply, key: string): Promise<PostResult> {
    const list = this.posts.get(channelId) ?? [];
    list.push(key);
    this.posts.set(channelId, list);
    return { messageId: `m${++this.n}` };
  }
  /** Posts made since the last call, per channel (and forgets them). */
  take(): Map<string, string[]> {
    const out = new Map(this.posts);
    this.posts.clear();
    return out;
  }
}
