import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SlackAdapter } from '../../../adapters/slack/index.js';
import { ArticleLibrary } from '../../../src/library/library.js';
import type { CommandBus } from '../../../src/commands/bus.js';
import { commandCore } from '../../support/command-core.js';
import type { Poller } from '../../../src/sources/poller.js';
import type { SourceManager } from '../../../src/sources/manager.js';
import { createLogger } from '../../../src/log.js';
import { ArticleFiles } from '../../../src/library/files.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import type { Subscription } from '../../../src/store/types.js';
import { TEST_HOLDER, TestClock } from '../../support/services.js';
import { Scheduler, type SchedulerDeps } from '../../../src/schedule/scheduler.js';
import {
  FakeSlack,
  FAKE_APP_TOKEN,
  FAKE_BOT_TOKEN,
  FAKE_SIGNING_SECRET,
  signRequest,
  slashCommand,
  type FakeUser,
} from '../../fakes/slack.js';
import type { ReplayGuard } from '../../../src/commands/replay-guard.js';

/** The fixed time every test runs at. */
export const NOW = '2024-11-30T09:00:00.000Z';

/** Workspace members: an admin, an owner, a plain member, and a member listed in HERALD_ADMINS. */
export const USERS: FakeUser[] = [
  { id: 'U0ADMIN', name: 'ada', is_admin: true },
  { id: 'U0OWNER', name: 'olga', is_owner: true },
  { id: 'U0READER', name: 'rui' },
  { id: 'U0LISTED', name: 'lee' },
];

/** Small enough that a test never waits on Bolt's default of 10 retries over 30 minutes. */
export const TEST_RETRY = { retries: 1, factor: 1, minTimeout: 10, maxTimeout: 20 };

/** The seed article's two Zelenskyy quotations, in full. */
export const SEED_QUOTES = [
  'For Putin, driving us out of Kursk Oblast is paramount. Demonstrative strikes with new missiles are no coincidence. He wants to push us out by 20 January next year. It’s critical for him to showcase control over a situation he does not actually control',
  'We intercepted a communication on the Kursk front where Putin, through his commanders, personally appeals to soldiers, saying the entire fate of the ‘special military operation’ hinges on the Kursk campaign',
];

export interface Harness {
  fake: FakeSlack;
  adapter: SlackAdapter;
  store: SqliteStore;
  library: ArticleLibrary;
  /** The SQLite file behind `store`. */
  dbPath: string;
  bus: CommandBus;
  logs: string[];
  log: ReturnType<typeof createLogger>;
  /** The clock of the bus and the sources (starts at NOW; a test may move it). */
  clock: TestClock;
  /** The articles folder's index: `files.sync()` takes in files written after the start. */
  files: ArticleFiles;
  /** With `sources: true`: the poller and the /sources manager (chat may add 127.0.0.1 URLs). */
  poller: Poller | null;
  manager: SourceManager | null;
  /** Sends a slash command over HTTP, signed unless `headers` replaces the signature. */
  postCommand(fields: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  subscribe(channelId: string, createdBy?: string): Promise<Subscription>;
  close(): Promise<void>;
}

/** A temp folder of articles: `files` maps file names to contents. */
export function articlesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-slack-articles-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/**
 * The store on a SQLite file (`lockWaitMs`: how long a statement waits for another writer), with the
 * article files of `dir` in its index, and the library over both: what Herald opens at start.
 */
export async function openServices(dbPath: string, dir: string, lockWaitMs?: number) {
  const store = await SqliteStore.open(dbPath, lockWaitMs === undefined ? {} : { lockWaitMs });
  const files = new ArticleFiles({ dir, store: store.articles, clock: { now: () => new Date() } });
  await files.sync();
  return { store, files, library: new ArticleLibrary(dir, store.articles, files) };
}

/**
 * Real core services (SQLite in a temp file, the article library, the command bus on a fixed clock)
 * and a real Bolt app in the SlackAdapter, talking to a fresh FakeSlack.
 */
export async function startHarness(opts: {
  mode: 'http' | 'socket';
  digests?: string;
  admins?: string[];
  lockWaitMs?: number;
  sources?: boolean;
  /** Another harness's database, as a second instance would share it. */
  dbPath?: string;
  /** How the adapter remembers signed requests (default: in memory, this process). */
  replay?: (store: SqliteStore, log: ReturnType<typeof createLogger>) => ReplayGuard;
}): Promise<Harness> {
  const fake = await new FakeSlack({ users: USERS }).start();
  const root = mkdtempSync(join(tmpdir(), 'herald-slack-'));
  const dbPath = opts.dbPath ?? join(root, 'herald.db');
  const { store, files, library } = await openServices(dbPath, opts.digests ?? 'digests', opts.lockWaitMs);
  const logs: string[] = [];
  const log = createLogger('debug', [FAKE_BOT_TOKEN, FAKE_APP_TOKEN, FAKE_SIGNING_SECRET], (l) => logs.push(l));
  const clock = new TestClock(new Date(NOW));
  const { bus, poller, manager } = commandCore({
    store,
    library,
    clock,
    log,
    defaultTimeZone: 'UTC',
    sources: opts.sources,
    sourcesFile: null,
  });
  const adapter = new SlackAdapter({
    botToken: FAKE_BOT_TOKEN,
    ...(opts.mode === 'socket' ? { appToken: FAKE_APP_TOKEN } : { signingSecret: FAKE_SIGNING_SECRET }),
    apiUrl: fake.apiUrl,
    port: 0,
    host: '127.0.0.1',
    command: '/herald',
    admins: opts.admins ?? ['U0LISTED'],
    log,
    retryConfig: TEST_RETRY,
    rateLimit: { maxRetries: 2, maxWaitMs: 5000 },
    ...(opts.replay ? { replay: opts.replay(store, log) } : {}),
  });
  try {
    await adapter.start(bus);
  } catch (err) {
    await fake.stop();
    throw err;
  }
  return {
    fake,
    adapter,
    store,
    library,
    dbPath,
    bus,
    logs,
    log,
    clock,
    files,
    poller,
    manager,
    async postCommand(fields, headers) {
      const body = new URLSearchParams(fields).toString();
      return fetch(`http://127.0.0.1:${adapter.port}/slack/events`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          ...(headers ?? signRequest(FAKE_SIGNING_SECRET, body)),
        },
        signal: AbortSignal.timeout(5000),
      });
    },
    async subscribe(channelId, createdBy = 'U0ADMIN') {
      const [newest] = await store.articles.newest(1);
      const sub: Subscription = {
        platform: 'slack',
        channelId,
        cron: '0 8 * * *',
        schedule: 'daily 08:00',
        timeZone: 'UTC',
        reminders: true,
        createdBy,
        createdAt: NOW,
        pausedReason: null,
        lastFireAt: NOW,
        cursor: await store.articles.maxSeq(),
        firstArticle: newest?.id ?? null,
        community: null,
        sources: null,
        topics: null,
        format: 'each',
      };
      await store.upsertSubscription(sub);
      return sub;
    },
    async close() {
      await poller?.stop(1000);
      await adapter.stop();
      await fake.stop();
      files.stop();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every piece of text in a message's blocks, in order (header, sections, fields, context), marks as Slack shows them. */
export function blockTexts(blocks: unknown): string[] {
  return rawBlockTexts(blocks).map((t) => t.replace(MARK_TOKEN, '$1'));
}

// A formatting mark in article text goes out as a date token that Slack shows as its fallback, the mark.
const MARK_TOKEN = /<!date\^00000000\^\{_\}\|([*_~`])>/g;

/** The mrkdwn and plain texts of blocks as sent, mark tokens and all. */
export function rawBlockTexts(blocks: unknown): string[] {
  const out: string[] = [];
  for (const b of (blocks ?? []) as Array<Record<string, unknown>>) {
    const text = b.text as { text?: string } | undefined;
    if (text?.text !== undefined) out.push(text.text);
    for (const f of (b.fields ?? []) as Array<{ text: string }>) out.push(f.text);
    for (const e of (b.elements ?? []) as Array<{ text?: string }>) if (e.text !== undefined) out.push(e.text);
  }
  return out;
}

export { slashCommand };

/** The core's scheduler posting through the harness's adapter, with short retries; `over` changes any of it. */
export function slackScheduler(h: Harness, over: Partial<SchedulerDeps> = {}): Scheduler {
  return new Scheduler({
    store: h.store,
    library: h.library,
    posters: new Map([['slack', h.adapter]]),
    log: h.log,
    clock: h.clock,
    maxRetries: 2,
    backoffMs: 10,
    ...TEST_HOLDER,
    ...over,
  });
}
