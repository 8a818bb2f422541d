/**
 * 1,000 channels subscribed through the real command path (bus.run('subscribe')), a first fire (each
 * channel's first article), one new article file written and taken in by fs.watch (ArticleFiles), then
 * a fire of every channel through Scheduler.fire with an adapter that posts nowhere: the CPU is Herald's
 * own. The database file is measured (after a WAL checkpoint) before and after the subscribes and fires.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Scheduler } from '../../src/schedule/scheduler.js';
import type { Corpus } from './scale-corpus.js';
import type { NullAdapter, ScaleWorld } from './scale-world.js';
import { round, rounded, sleep, summarize, type Summary } from './stats.js';
import { systemClock } from '../../src/clock.js';

export interface FireMeasure {
  channels: number;
  wallMs: number;
  /** This process's CPU (all threads) for the whole fan-out, ms. */
  cpuMs: number;
  /** Channels that got exactly the expected article(s), none, or more than one post of an article. */
  exact: number;
  lost: number;
  doubled: number;
  posts: number;
}

export interface SubscribeFire {
  subscribe: { n: number; ms: Summary; cpuMsPerCommand: number; errors: number };
  /** Time from the new file's write to its index entry, taken in by fs.watch (nothing asked for it). */
  newFileIndexedMs: number;
  firstFire: FireMeasure;
  fire: FireMeasure;
  db: { beforeMB: number; afterSubscribeMB: number; afterFirstFireMB: number; afterFireMB: number };
}

const MB = 2 ** 20;

/** Channel ids for one step: Discord-like snowflakes, distinct per step. */
export function channelIds(step: number, n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(400000000000000000n + BigInt(step * 100_000 + i)));
}

export function nullScheduler(w: ScaleWorld, adapter: NullAdapter): Scheduler {
  return new Scheduler({
    store: w.store,
    library: w.library,
    posters: new Map([[adapter.platform, adapter]]),
    log: w.log,
    clock: systemClock,
    maxRetries: 3,
    backoffMs: 1000,
    holder: 'bench',
    exclusive: true,
  });
}

// A schedule that does not come round during a run (08:00 on 1 January): fires are started by hand.
export const SCHEDULE = '0 8 1 1 *';

export async function subscribeAndFire(
  w: ScaleWorld,
  corpus: Corpus,
  channels: string[],
  scheduler: Scheduler,
  adapter: NullAdapter,
): Promise<SubscribeFire> {
  const beforeMB = w.dbBytes() / MB;
  const times: number[] = [];
  let errors = 0;
  const c0 = process.cpuUsage();
  for (const channelId of channels) {
    const t0 = performance.now();
    const r = await w.bus.run(
      'subscribe',
      { schedule: SCHEDULE },
      { platform: adapter.platform, channelId, userId: 'U0BENCH', canManage: true },
    );
    times.push(performance.now() - t0);
    if (r.kind === 'error') errors++;
  }
  const c1 = process.cpuUsage(c0);
  const afterSubscribeMB = w.dbBytes() / MB;
  // What /subscribe chose as the first article: the newest the channel takes (the stored source
  // articles' feeds are followed by no community, so the newest of all may not be one).
  const first = channels[0] ? (await w.store.getSubscription(adapter.platform, channels[0]))?.firstArticle : null;
  const firstFire = await fireAll(scheduler, adapter, channels, first ? [first] : []);
  const afterFirstFireMB = w.dbBytes() / MB;

  const fresh = corpus.fresh();
  const t0 = Date.now();
  writeFileSync(join(w.digests, `${fresh.id}.md`), corpus.fileText(fresh));
  const indexed = await waitFor(async () => (await w.store.articles.meta(fresh.id)) !== null, 10_000);
  const newFileIndexedMs = indexed ? Date.now() - t0 : Number.NaN;
  if (!indexed) await w.files.sync();
  const fire = await fireAll(scheduler, adapter, channels, [fresh.id]);
  const afterFireMB = w.dbBytes() / MB;
  return {
    subscribe: {
      n: channels.length,
      ms: rounded(summarize(times), 3),
      cpuMsPerCommand: round((c1.user + c1.system) / 1000 / channels.length, 3),
      errors,
    },
    newFileIndexedMs,
    firstFire,
    fire,
    db: {
      beforeMB: round(beforeMB, 2),
      afterSubscribeMB: round(afterSubscribeMB, 2),
      afterFirstFireMB: round(afterFirstFireMB, 2),
      afterFireMB: round(afterFireMB, 2),
    },
  };
}

/** Fires every channel at once (the scheduler runs 50 at a time) and checks what each one got. */
export async function fireAll(
  scheduler: Scheduler,
  adapter: NullAdapter,
  channels: string[],
  expected: string[],
  keep?: (posts: Map<string, string[]>) => void,
): Promise<FireMeasure> {
  adapter.take();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(channels.map((ch) => scheduler.fire(adapter.platform, ch, 'manual')));
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const posts = adapter.take();
  keep?.(posts);
  let exact = 0;
  let lost = 0;
  let doubled = 0;
  let total = 0;
  for (const ch of channels) {
    const keys = posts.get(ch) ?? [];
    total += keys.length;
    const articles = keys.map(articleOf);
    if (new Set(articles).size < articles.length) doubled++;
    if (expected.some((id) => !articles.includes(id))) lost++;
    else if (articles.length === expected.length) exact++;
  }
  return {
    channels: channels.length,
    wallMs: round(wallMs, 1),
    cpuMs: round((c.user + c.system) / 1000, 1),
    exact,
    lost,
    doubled,
    posts: total,
  };
}

/** The article of a delivery key (`platform:channel:article`). */
export const articleOf = (key: string): string => key.slice(key.lastIndexOf(':') + 1);

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, everyMs = 5): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return check();
}
