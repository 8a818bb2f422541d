import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostgresStore } from '../../src/store/postgres.js';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import { CommandBus } from '../../src/commands/bus.js';
import { silentLogger } from '../../src/log.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { SourceManager } from '../../src/sources/manager.js';
import type { Clock } from '../../src/clock.js';
import type { Store } from '../../src/store/types.js';
import { makeWorld, RecordingAdapter, worldScheduler } from '../support/services.js';
import { replyText } from '../support/reply-text.js';
import { HERALD_CLI } from '../support/build.js';
import { chatSource } from './contract.js';

/** A manager in channel `channelId` of the server g1, which follows two news sources. */
export const caller = (channelId: string) => ({
  platform: 'test',
  channelId,
  userId: 'u1',
  canManage: true,
  community: 'g1',
});
export const CHANNELS = ['kyiv', 'newyork'] as const;
/** Each channel's 08:00 in its own zone, in UTC, by day of November 2024. */
export const slot = (channelId: (typeof CHANNELS)[number], day: number): string =>
  `2024-11-${day}T${channelId === 'kyiv' ? '06' : '13'}:00:00Z`;

const item = (source: string, n: number, at: string) => ({
  idBase: `2024-11-24-${source}-${n}`,
  keys: [`guid:${source}:${n}`, `url:example.org/${source}/${n}`],
  article: {
    sourceId: source,
    sourceName: source,
    url: `https://example.org/${source}/${n}`,
    guid: String(n),
    title: `${source} story ${n}`,
    date: '2024-11-24',
    text: `The ${source} desk filed story number ${n} about the ferry timetable. Crossings resume on Friday, the operator said.`,
    createdAt: at,
  },
});

/**
 * A Herald that has run on SQLite for a few days: a channel in Kyiv taking everything its server
 * follows and one in New York taking the articles folder only, a source with seen items, another
 * carrying one of its stories, files added and one removed, every channel posted to. Returns the
 * world with a scheduler, and the two channels' /status as they read at the end.
 */
export async function sqliteWorld() {
  const w = await makeWorld('2024-11-24T12:00:00Z');
  const adapter = new RecordingAdapter();
  const scheduler = worldScheduler(w, adapter);
  await w.store.articles.setMirroredFolder(w.dir); // as Herald's start records it
  const fetch = {
    at: '2024-11-24T12:00:00Z',
    etag: null,
    lastModified: null,
    nextFetchAt: '2024-11-24T12:15:00Z',
    name: null,
  };
  for (const id of ['desk', 'wire']) {
    await w.store.sources.addSource(chatSource(id), id);
    await w.store.sources.follow(id, 'g1', 'u1', fetch.at);
  }
  await w.bus.run('subscribe', { schedule: 'daily 08:00', timezone: 'Europe/Kyiv', reminders: 'off' }, caller('kyiv'));
  await w.bus.run(
    'subscribe',
    { schedule: 'daily 08:00', timezone: 'America/New_York', source: 'files', reminders: 'off' },
    caller('newyork'),
  );
  await w.addArticle('2024-11-25-harbour', '2024-11-25', 'The harbour bridge reopened to traffic on Monday morning.');
  await w.store.sources.commitFetch({
    ...fetch,
    sourceId: 'desk',
    seen: ['guid:desk:0'],
    articles: [item('desk', 1, fetch.at), item('desk', 2, fetch.at)],
  });
  // The wire carries desk's first story: a place of its own at the end of the order.
  await w.store.sources.commitFetch({
    ...fetch,
    sourceId: 'wire',
    seen: [],
    articles: [],
    known: [['guid:wire:9', 'url:example.org/desk/1']],
  });
  for (const day of [25, 26]) {
    for (const c of CHANNELS) {
      w.clock.set(slot(c, day));
      await scheduler.fire('test', c, 'scheduled', new Date(slot(c, day)));
    }
  }
  // A file posted to both, then deleted: the newest number given is now no article's.
  const bridge = 'The river bridge will close for repairs from Monday, and buses will divert over the ring road.';
  await w.addArticle('2024-11-26-bridge', '2024-11-26', bridge);
  for (const c of CHANNELS) {
    w.clock.set(slot(c, 27));
    await scheduler.fire('test', c, 'scheduled', new Date(slot(c, 27)));
  }
  // Corrected first (the same story: its text before the edit is kept), then deleted.
  await w.addArticle('2024-11-26-bridge', '2024-11-26', bridge.replace('Monday', 'Monday morning'));
  unlinkSync(join(w.dir, '2024-11-26-bridge.txt'));
  await w.files.sync();
  w.clock.set('2024-11-27T20:00:00Z');
  return { ...w, adapter, scheduler, status: await statusOf(w.store, w.library, w.clock) };
}

/** Each channel's /status, as a Herald with its news sources answers it. */
export async function statusOf(store: Store, library: ArticleLibrary, clock: Clock): Promise<string[]> {
  const sources = new SourceManager({ store: store.sources, clock, defaultEveryMinutes: 15, allowPrivate: false });
  const bus = new CommandBus(
    { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {}, sources },
    silentLogger,
    clock,
  );
  return Promise.all(CHANNELS.map(async (c) => replyText(await bus.run('status', {}, caller(c)))));
}

/** The same Herald on the PostgreSQL database at `url`: its store, article files, commands and a scheduler. */
export async function postgresHerald(url: string, dir: string, clock: Clock) {
  const store = await PostgresStore.open(url, { max: 4 });
  const files = new ArticleFiles({ dir, store: store.articles, clock });
  await files.sync();
  const library = new ArticleLibrary(dir, store.articles, files);
  const bus = new CommandBus(
    { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: (p, c) => void scheduler.syncOne(p, c) },
    silentLogger,
    clock,
  );
  const adapter = new RecordingAdapter();
  const scheduler = new Scheduler({
    store,
    library,
    posters: new Map([['test', adapter]]),
    log: silentLogger,
    clock,
    maxRetries: 0,
    backoffMs: 1,
    sleep: async () => {},
    holder: 'pg-instance',
    exclusive: false,
  });
  const addArticle = async (id: string, date: string, body: string): Promise<void> => {
    writeFileSync(join(dir, `${id}.txt`), `date ${date}\n${body}`);
    await files.sync();
  };
  return { store, files, library, bus, adapter, scheduler, addArticle };
}

/** `herald move-database` as a person runs it, with HERALD_DB set to `db` and nothing else. */
export function moveDatabase(db: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [...HERALD_CLI, 'move-database', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HERALD_DB: db, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Rows per table, read through a store's driver. */
export async function countRows(
  store: Store & { db: { get<T>(sql: string): Promise<T | undefined> } },
  tables: string[],
) {
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = Number((await store.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`))?.n);
  return out;
}
