import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { ArticleFiles } from '../../src/library/files.js';
import { CommandBus } from '../../src/commands/bus.js';
import { silentLogger } from '../../src/log.js';
import type { Poster, PostOptions, PostResult } from '../../src/chat/poster.js';
import type { Reply } from '../../src/chat/reply.js';
import type { Clock } from '../../src/clock.js';
import { Scheduler, type SchedulerDeps } from '../../src/schedule/scheduler.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(public t: Date) {}
  now(): Date {
    return new Date(this.t);
  }
  set(iso: string): void {
    this.t = new Date(iso);
  }
}

/** The store on a SQLite file, with the article files of `dir` in its index, and the library over both. */
export async function openIndex(dbPath: string, dir: string, clock: Clock = { now: () => new Date() }) {
  const store = await SqliteStore.open(dbPath);
  const files = new ArticleFiles({ dir, store: store.articles, clock });
  await files.sync();
  const library = new ArticleLibrary(dir, store.articles, files);
  return { store, files, library };
}

/** A temp folder with the seed article and a fresh SQLite file. */
export async function makeWorld(now = '2024-11-24T12:00:00Z') {
  const root = mkdtempSync(join(tmpdir(), 'herald-test-'));
  const dir = join(root, 'digests');
  mkdirSync(dir);
  copyFileSync('digests/2024-11-24-kursk.txt', join(dir, '2024-11-24-kursk.txt'));
  const dbPath = join(root, 'herald.db');
  const clock = new TestClock(new Date(now));
  const { store, files, library } = await openIndex(dbPath, dir, clock);
  let changes = 0;
  const bus = new CommandBus(
    { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => changes++ },
    silentLogger,
    clock,
  );
  /** Writes an article file and brings it into the index, as the folder watch would a moment later. */
  const addArticle = async (id: string, date: string, body: string): Promise<void> => {
    writeFileSync(join(dir, `${id}.txt`), `date ${date}\n${body}`);
    await files.sync();
  };
  return { root, dir, dbPath, store, files, library, clock, bus, addArticle, changes: () => changes };
}

/** The scheduler settings every test world uses: this process as the claim holder, fast retries. */
export const TEST_HOLDER = { holder: 'test-instance', exclusive: true } as const;

/** A scheduler over a test world posting through `poster`: no retries, no waiting, logs silent unless given. */
export function worldScheduler(
  w: Awaited<ReturnType<typeof makeWorld>>,
  poster: Poster,
  o: Partial<SchedulerDeps> = {},
): Scheduler {
  return new Scheduler({
    store: w.store,
    library: w.library,
    posters: new Map([[poster.platform, poster]]),
    log: silentLogger,
    clock: w.clock,
    maxRetries: 0,
    backoffMs: 1,
    sleep: async () => {},
    ...TEST_HOLDER,
    ...o,
  });
}

/** A chat platform that records what it is asked to post, and fails on demand. */
export class RecordingAdapter implements Poster {
  readonly posts: Array<{ channelId: string; reply: Reply; key: string }> = [];
  /** Channel → errors to throw on the next posts there (consumed in order). */
  readonly failures = new Map<string, Error[]>();
  constructor(readonly platform = 'test') {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  async post(channelId: string, reply: Reply, key: string, options: PostOptions = {}): Promise<PostResult> {
    const planned = this.failures.get(channelId)?.shift();
    if (planned) throw planned;
    this.posts.push({ channelId, reply, key });
    await options.onPart?.(reply.parts.length, String(this.posts.length));
    return { messageId: String(this.posts.length) };
  }
  /** Digests (not reminders) posted to a channel, by article id taken from the footer. */
  digestsTo(channelId: string): string[] {
    return this.posts
      .filter((p) => p.channelId === channelId && p.reply.kind === 'digest')
      .map((p) => p.key.split(':').pop() ?? '');
  }
}
