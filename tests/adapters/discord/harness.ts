import { mkdtempSync, copyFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqliteStore } from '../../../src/store/sqlite.js';
import type { ArticleStore } from '../../../src/store/types.js';
import type { ArticleFiles } from '../../../src/library/files.js';
import { openIndex, TestClock, TEST_HOLDER } from '../../support/services.js';
import type { ArticleLibrary } from '../../../src/library/library.js';
import type { CommandBus } from '../../../src/commands/bus.js';
import { commandCore } from '../../support/command-core.js';
import type { Poller } from '../../../src/sources/poller.js';
import type { SourceManager } from '../../../src/sources/manager.js';
import { Scheduler } from '../../../src/schedule/scheduler.js';
import type { Poster } from '../../../src/chat/poster.js';
import type { Logger } from '../../../src/log.js';
import type { Metrics } from '../../../src/metrics.js';
import { DiscordAdapter } from '../../../adapters/discord/index.js';
import { FakeDiscord } from '../../fakes/discord.js';

export const NOW = new Date('2024-11-24T12:00:00Z');
export const SEED_ID = '2024-11-24-kursk';
/** Member permission bit fields as Discord sends them (decimal strings). */
export const MANAGE_CHANNELS = String(1n << 4n);
export const SEND_MESSAGES = String(1n << 11n);

/** A logger that keeps its lines, so tests can check what was logged. */
export function memoryLogger(): Logger & {
  lines: Array<{ level: string; msg: string; fields: Record<string, unknown> }>;
} {
  const lines: Array<{ level: string; msg: string; fields: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (msg: string, fields: Record<string, unknown> = {}) =>
      void lines.push({ level, msg, fields });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface Harness {
  fake: FakeDiscord;
  dir: string;
  store: SqliteStore;
  library: ArticleLibrary;
  bus: CommandBus;
  adapter: DiscordAdapter;
  scheduler: Scheduler;
  log: ReturnType<typeof memoryLogger>;
  /** The clock of the bus, the scheduler and the sources (starts at NOW; a test may move it). */
  clock: TestClock;
  /** The articles folder's index: `files.sync()` takes in files written after the start. */
  files: ArticleFiles;
  /** With `sources: true`: the poller and the /sources manager (chat may add 127.0.0.1 URLs). */
  poller: Poller | null;
  manager: SourceManager | null;
  close(): Promise<void>;
}

/**
 * The real core (SQLite store in a temp dir, article library, command bus with a fixed clock,
 * scheduler) and the real Discord adapter pointed at a fresh fake. `articles` are extra files
 * (name → content) next to a copy of the seed.
 */
export async function harness(
  opts: {
    articles?: Record<string, string>;
    library?: (dir: string, store: ArticleStore, files: ArticleFiles) => ArticleLibrary;
    login?: boolean;
    publicKey?: string;
    metrics?: Metrics;
    /** Wire /sources and a poller, as the bot does with sources on (HERALD_SOURCES_ALLOW_PRIVATE on). */
    sources?: boolean;
  } = {},
): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const dir = mkdtempSync(join(tmpdir(), 'herald-discord-'));
  const digests = join(dir, 'digests');
  mkdirSync(digests);
  copyFileSync(join('digests', `${SEED_ID}.txt`), join(digests, `${SEED_ID}.txt`));
  for (const [name, text] of Object.entries(opts.articles ?? {})) writeFileSync(join(digests, name), text);
  const log = memoryLogger();
  const clock = new TestClock(NOW);
  const { store, files, library: plain } = await openIndex(join(dir, 'herald.db'), digests, clock);
  const library = opts.library ? opts.library(digests, store.articles, files) : plain;
  const { bus, poller, manager } = commandCore({
    store,
    library,
    clock,
    log,
    defaultTimeZone: 'Europe/Kyiv',
    sources: opts.sources,
    sourcesFile: join(digests, 'sources.json'),
  });
  const adapter = new DiscordAdapter({
    token: fake.token,
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    log,
    // offset 0: no extra wait on top of the fake's short retry_after values.
    restOptions: { timeout: 5000, offset: 0 },
    readyTimeoutMs: 5000,
    // With a public key, commands come to the Interactions Endpoint over HTTP and no gateway is opened.
    ...(opts.publicKey ? { publicKey: opts.publicKey } : {}),
    ...(opts.metrics ? { metrics: opts.metrics } : {}),
  });
  const adapters = new Map<string, Poster>([[adapter.platform, adapter]]);
  const scheduler = new Scheduler({
    store,
    library,
    posters: adapters,
    log,
    clock,
    maxRetries: 2,
    backoffMs: 10,
    ...TEST_HOLDER,
  });
  if (opts.login !== false) await adapter.start(bus);
  return {
    fake,
    dir,
    store,
    library,
    bus,
    adapter,
    scheduler,
    log,
    clock,
    files,
    poller,
    manager,
    async close() {
      await poller?.stop(1000);
      await scheduler.stop(2000);
      await adapter.stop();
      files.stop();
      await store.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Polls `check` every 10 ms until it returns a value, or fails after `timeoutMs`. */
export async function until<T>(
  check: () => T | undefined | null | false,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Sends an interaction through the fake's gateway and waits until the adapter has finished answering it. */
export async function interact(
  h: Harness,
  payload: Record<string, unknown>,
): Promise<import('../../fakes/discord.js').FakeInteraction> {
  const it = h.fake.sendInteraction(payload);
  await until(
    () => h.log.lines.some((l) => l.msg === 'discord interaction done' && l.fields.interaction === it.id),
    8000,
    `the answer to interaction ${it.id}`,
  );
  return it;
}

/** Every embed description, title and field of a message body, as one string. */
export function embedText(body: Record<string, unknown> | undefined): string {
  const embeds = (body?.embeds ?? []) as Array<{
    title?: string;
    description?: string;
    fields?: Array<{ name: string; value: string }>;
    footer?: { text: string };
  }>;
  return embeds
    .map((e) =>
      [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}
