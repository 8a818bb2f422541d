/**
 * N new files dropped at once into the folder of the largest step, written by the load generator (another
 * process, as a copy into digests/ would be) while Herald watches it. Half the files (even) are asked for
 * as /digest finds its article (library.resolve, which also reads a file the index does not have yet);
 * the other half are only looked up in the index, so their times are fs.watch → ArticleFiles alone.
 * Each file is asked for from when its write was issued until it answers; times run from its write's end.
 * Then the next fire: every subscribed channel, and one channel fired until it has had every new file.
 */
import type { ChildHandle } from './child.js';
import type { Corpus, GeneratedArticle } from './scale-corpus.js';
import { articleOf, fireAll, waitFor, type FireMeasure } from './scale-fire.js';
import type { NullAdapter, ScaleWorld } from './scale-world.js';
import type { Scheduler } from '../../src/schedule/scheduler.js';
import { rounded, sleep, summarize, type Summary } from './stats.js';

export interface DropResult {
  files: number;
  folderBefore: number;
  burstMs: number;
  /** Write → library.resolve succeeds (what /digest does), the even half. */
  resolveMs: Summary;
  /** Write → in the index, with nothing asking for it (fs.watch), the odd half. */
  indexedMs: Summary;
  /** Files neither way within the deadline. */
  missing: number;
  /** /digest replies checked through the bus for a few dropped files: not errors. */
  digestChecked: number;
  digestErrors: number;
  /** The next fire of every subscribed channel: each should get the first 3 new articles (3 per fire at most). */
  nextFire: FireMeasure;
  /** One channel fired until it has had every new file. */
  drain: { fires: number; posted: number; missing: number; doubled: number; inOrder: boolean };
}

const PROBERS = 8;
const DEADLINE_MS = 30_000;

export async function runDrop(
  gen: ChildHandle,
  w: ScaleWorld,
  corpus: Corpus,
  n: number,
  scheduler: Scheduler,
  adapter: NullAdapter,
  channels: string[],
  drainChannel: string,
): Promise<DropResult> {
  const folderBefore = (await w.store.articles.fileStamps()).size;
  const seqBefore = await w.store.articles.maxSeq();
  const made: GeneratedArticle[] = Array.from({ length: n }, () => corpus.fresh());
  const found = new Array<number>(n).fill(Number.NaN);
  let writtenAt: number[] = [];
  let writing = true;
  const t0 = Date.now();
  const write = gen
    .call<{ writtenAt: number[] }>('files.write', {
      dir: w.digests,
      files: made.map((a) => ({ name: `${a.id}.md`, text: corpus.fileText(a) })),
    })
    .then((r) => {
      writtenAt = r.writtenAt;
      writing = false;
    });
  // Probers take the files in write order, each asking until its file answers.
  let next = 0;
  const prober = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      const a = made[i];
      if (!a) continue;
      const ask =
        i % 2 === 0
          ? () =>
              w.library.resolve(a.id).then(
                () => true,
                () => false,
              )
          : async () => (await w.store.articles.meta(a.id)) !== null;
      const ok = await waitFor(ask, Math.max(0, t0 + DEADLINE_MS - Date.now()), 5);
      if (ok) found[i] = Date.now();
    }
  };
  await Promise.all([write, ...Array.from({ length: PROBERS }, prober)]);
  while (writing) await sleep(5);
  const lat = (parity: number): number[] =>
    found.flatMap((f, i) => (i % 2 === parity && Number.isFinite(f) ? [Math.max(0, f - (writtenAt[i] ?? f))] : []));
  const missing = found.filter((f) => !Number.isFinite(f)).length;

  // Everything in the index before the fire (what fs.watch had not taken yet would wait for the rescan).
  await waitFor(async () => (await w.store.articles.maxSeq()) - seqBefore >= n, 10_000, 20);
  let digestErrors = 0;
  const checked = made.filter((_, i) => i % Math.max(1, Math.floor(n / 20)) === 0);
  for (const a of checked) {
    const r = await w.bus.run(
      'digest',
      { article: a.id },
      { platform: 'discord', channelId: '499999999999999999', userId: 'U0BENCH', canManage: false },
    );
    if (r.kind === 'error') digestErrors++;
  }
  const firstNew = (await w.store.articles.after(seqBefore, 3)).map((m) => m.id);
  let drainFirst: string[] = [];
  const nextFire = await fireAll(scheduler, adapter, [...channels, drainChannel], firstNew, (posts) => {
    drainFirst = (posts.get(drainChannel) ?? []).map(articleOf);
  });

  // The drain channel: fire until a fire posts nothing new.
  const wanted = new Set(made.map((a) => a.id));
  const got: string[] = [...drainFirst];
  let fires = 1;
  for (; fires < n + 10; fires++) {
    const out = await scheduler.fire(adapter.platform, drainChannel, 'manual');
    if (!out || out.posted.length === 0) break;
    got.push(...out.posted);
  }
  adapter.take();
  const order = await w.store.articles.after(seqBefore, n + 10);
  const seqOf = new Map(order.map((m) => [m.id, m.seq]));
  const seqs = got.map((id) => seqOf.get(id) ?? -1);
  return {
    files: n,
    folderBefore,
    burstMs: (writtenAt[writtenAt.length - 1] ?? t0) - t0,
    resolveMs: rounded(summarize(lat(0)), 1),
    indexedMs: rounded(summarize(lat(1)), 1),
    missing,
    digestChecked: checked.length,
    digestErrors,
    nextFire,
    drain: {
      fires,
      posted: got.length,
      missing: [...wanted].filter((id) => !got.includes(id)).length,
      doubled: got.length - new Set(got).size,
      inOrder: seqs.every((s, i) => i === 0 || s > (seqs[i - 1] ?? -1)),
    },
  };
}
