/**
 * The real Herald core as tests/adapters/*\/harness.ts wire it — SQLite store in a temp dir, article
 * library, command bus — plus the real adapters pointed at the fakes. Logging is at the production
 * level (info) into a sink that drops the lines, so their cost is counted but nothing is printed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RESTOptions } from 'discord.js';
import { DiscordAdapter } from '../../adapters/discord/index.js';
import { SlackAdapter } from '../../adapters/slack/index.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { ArticleFiles } from '../../src/library/files.js';
import { CommandBus } from '../../src/commands/bus.js';
import { createLogger, type Logger } from '../../src/log.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET } from '../../tests/fakes/slack.js';
import type { EvalArticle } from './eval-text.js';
import { systemClock, type Clock } from '../../src/clock.js';

export const SEED_FILE = join('digests', '2024-11-24-kursk.txt');
export const SEED_ID = '2024-11-24-kursk';

export interface World {
  root: string;
  digests: string;
  store: SqliteStore;
  library: ArticleLibrary;
  bus: CommandBus;
  log: Logger;
  clock: Clock;
  files: ArticleFiles;
  close(): Promise<void>;
}

/** Counts selected log messages (e.g. the scheduler's 'fire done') and passes every line on. */
export class CountingLogger implements Logger {
  readonly counts = new Map<string, number>();
  readonly lastAt = new Map<string, number>();
  readonly samples: Array<{ level: string; msg: string; fields: Record<string, unknown> }> = [];
  constructor(
    private readonly inner: Logger,
    private readonly watch: ReadonlySet<string>,
  ) {}
  private note(level: string, msg: string, fields: Record<string, unknown> = {}): void {
    if (this.watch.has(msg)) {
      this.counts.set(msg, (this.counts.get(msg) ?? 0) + 1);
      this.lastAt.set(msg, Date.now());
    }
    if ((level === 'warn' || level === 'error') && this.samples.length < 20) this.samples.push({ level, msg, fields });
  }
  count(msg: string): number {
    return this.counts.get(msg) ?? 0;
  }
  debug(msg: string, fields?: Record<string, unknown>): void {
    this.note('debug', msg, fields);
    this.inner.debug(msg, fields);
  }
  info(msg: string, fields?: Record<string, unknown>): void {
    this.note('info', msg, fields);
    this.inner.info(msg, fields);
  }
  warn(msg: string, fields?: Record<string, unknown>): void {
    this.note('warn', msg, fields);
    this.inner.warn(msg, fields);
  }
  error(msg: string, fields?: Record<string, unknown>): void {
    this.note('error', msg, fields);
    this.inner.error(msg, fields);
  }
}

/** Herald's production logger (level info) writing into nothing. */
export function quietLogger(): Logger {
  return createLogger('info', [FAKE_BOT_TOKEN, FAKE_SIGNING_SECRET], () => {});
}

/** A fresh core: temp folder of articles (the seed, unless `seed` is false, plus `files`), store, library, bus. */
export async function world(
  opts: { files?: Record<string, string>; seed?: boolean; log?: Logger; clock?: Clock } = {},
): Promise<World> {
  const root = mkdtempSync(join(tmpdir(), 'herald-bench-'));
  const digests = join(root, 'digests');
  mkdirSync(digests);
  if (opts.seed !== false) copyFileSync(SEED_FILE, join(digests, `${SEED_ID}.txt`));
  for (const [name, text] of Object.entries(opts.files ?? {})) writeFileSync(join(digests, name), text);
  const log = opts.log ?? quietLogger();
  const clock = opts.clock ?? systemClock;
  const store = await SqliteStore.open(join(root, 'herald.db'));
  const files = new ArticleFiles({ dir: digests, store: store.articles, clock });
  await files.sync();
  const library = new ArticleLibrary(digests, store.articles, files);
  const bus = new CommandBus({ library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} }, log, clock);
  return {
    root,
    digests,
    store,
    library,
    bus,
    log,
    clock,
    files,
    async close() {
      files.stop();
      await store.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Article files (`date …` first line) made from eval articles, ids 2015-…-bench-NNN. */
export function articleFiles(articles: readonly EvalArticle[], count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const a = articles[i % articles.length];
    if (!a) break;
    files[`${a.date}-bench-${String(i).padStart(3, '0')}.txt`] = `date ${a.date}\n${a.text}\n`;
  }
  return files;
}

export function discordAdapter(
  fake: { apiUrl: string; token: string; applicationId: string },
  log: Logger,
  restOptions?: Partial<RESTOptions>,
): DiscordAdapter {
  return new DiscordAdapter({
    token: fake.token,
    applicationId: fake.applicationId,
    apiUrl: fake.apiUrl,
    log,
    readyTimeoutMs: 15_000,
    ...(restOptions ? { restOptions } : {}),
  });
}

/** The Slack adapter in HTTP mode (Bolt's HTTPReceiver) on a free port of 127.0.0.1, production retry settings. */
export function slackAdapter(apiUrl: string, log: Logger): SlackAdapter {
  return new SlackAdapter({
    botToken: FAKE_BOT_TOKEN,
    signingSecret: FAKE_SIGNING_SECRET,
    apiUrl,
    port: 0,
    host: '127.0.0.1',
    command: '/herald',
    admins: [],
    log,
  });
}
