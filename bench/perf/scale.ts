/**
 * 6. Scale: Herald with 1; 1,000; 10,000; 50,000 articles (half files in digests/, half stored source
 * articles, made from the eval texts), each figure beside the same run on a core with 1 article. One
 * folder and database grows from step to step; at each step: command answers through the bus, the
 * folder rescan, 1,000 channels subscribed through the command path and fired twice with an adapter
 * that posts nowhere (the second fire brings one new file), the database size, and Slack/Discord
 * latency at 50 in flight. At the largest step also: the bot's resident memory in its own process, and
 * a drop of new files into the folder.
 */
import { buildDigest } from '../../src/digest/index.js';
import type { ChildHandle } from './child.js';
import type { EvalArticle } from './eval-text.js';
import { sampleArticles, timeCommandPair, type CommandTimes } from './scale-commands.js';
import { Corpus, type GrowStep } from './scale-corpus.js';
import { runDrop, type DropResult } from './scale-drop.js';
import { channelIds, nullScheduler, SCHEDULE, subscribeAndFire, type SubscribeFire } from './scale-fire.js';
import { LatencyRig, type ScaleLatency } from './scale-latency.js';
import { bundleBot, runScaleMemory, type ScaleMemory } from './scale-memory.js';
import { NullAdapter, scaleWorld, type ScaleWorld } from './scale-world.js';
import { round } from './stats.js';

export interface ScaleCounts {
  sizes: number[];
  channels: number;
  /** Calls of each command kind per size. */
  reps: number;
  /** Articles sampled per size for /digest <id>. */
  sample: number;
  latency: Array<[number, number]>;
  memory: { ids: number; warmup: number; commands: number };
  dropFiles: number;
}

export const SCALE_FULL: ScaleCounts = {
  sizes: [1000, 10_000, 50_000],
  channels: 1000,
  reps: 200,
  sample: 200,
  latency: [[50, 1000]],
  memory: { ids: 1000, warmup: 2000, commands: 10_000 },
  dropFiles: 1000,
};
export const SCALE_QUICK: ScaleCounts = {
  sizes: [100, 1000, 5000],
  channels: 150,
  reps: 60,
  sample: 50,
  latency: [[50, 300]],
  memory: { ids: 300, warmup: 600, commands: 1200 },
  dropFiles: 100,
};

export interface ScalePoint {
  articles: number;
  files: number;
  sourceArticles: number;
  /** Bytes of article text in all, MB. */
  textMB: number;
  grow: GrowStep;
  /** ArticleFiles.sync() with nothing changed (the periodic rescan, every 60 s while fs.watch works). */
  rescan: { wallMs: number; cpuMs: number };
  commands: CommandTimes;
  /** The 1-article core's times, measured call by call beside these; null for the 1-article point itself. */
  commandsBaseline: CommandTimes | null;
  subscribeFire: SubscribeFire;
  /** Against the 1-article core; null for the 1-article point itself. */
  latency: ScaleLatency | null;
}

export interface ScaleResult {
  counts: ScaleCounts;
  points: ScalePoint[];
  memory: { one: ScaleMemory; big: ScaleMemory };
  drop: DropResult;
  seconds: number;
}

export async function runScale(
  gen: ChildHandle,
  cwd: string,
  evalArticles: readonly EvalArticle[],
  c: ScaleCounts,
  progress: (s: string) => void,
): Promise<ScaleResult> {
  const t0 = performance.now();
  const largest = c.sizes[c.sizes.length - 1] ?? 1;
  const worlds: ScaleWorld[] = [];
  let rig: LatencyRig | null = null;
  const bot = await bundleBot(cwd);
  try {
    const one = await scaleWorld('one');
    worlds.push(one);
    const big = await scaleWorld('big');
    worlds.push(big);
    const oneCorpus = new Corpus(evalArticles, one.digests, largest);
    const bigCorpus = new Corpus(evalArticles, big.digests, largest);
    const oneGrow = await oneCorpus.grow(1, one.store, one.files);
    const oneHeld = await counts(one);
    const oneArticle = oneCorpus.article(0);
    // The digest code's first calls compile it: done here, so no core's first timed /digest pays for that.
    for (const [i, e] of evalArticles.slice(0, 10).entries())
      buildDigest(
        { id: `warm-up-${i}`, title: null, date: e.date, source: null, url: null, text: e.text, keyDate: null },
        'warm-up',
      );
    let oneCommands: CommandTimes | null = null;
    let oneCold: CommandTimes['coldDigest'] | null = null;
    rig = await LatencyRig.start(gen, big, one);
    const bigNull = new NullAdapter('discord');
    const bigScheduler = nullScheduler(big, bigNull);
    const points: ScalePoint[] = [];
    let subscribed: string[] = [];
    for (const [step, size] of c.sizes.entries()) {
      progress(
        `scale: ${size.toLocaleString('en')} articles: building (${bigCorpus.total.toLocaleString('en')} so far)`,
      );
      // Taken in by one pass, as at start (main.ts passes over the folder before it watches it); the
      // watcher would otherwise read each new file a second time while the pass runs.
      big.files.stop();
      const grow = await bigCorpus.grow(size, big.store, big.files);
      big.files.watch();
      const held = await counts(big);
      const rescan = await timeRescan(big);
      progress(`scale: ${size.toLocaleString('en')} articles: commands, ${c.channels} subscribes and fires`);
      const sample = sampleArticles((k) => bigCorpus.article(k), bigCorpus.size, c.sample);
      const [commands, baseline] = await timeCommandPair(
        { world: big, sample, cold: true },
        { world: one, sample: [oneArticle], cold: oneCold === null },
        c.reps,
      );
      oneCold ??= baseline.coldDigest;
      oneCommands = { ...baseline, coldDigest: oneCold };
      // The last step's channels go (not measured), so each step fires its own channels only.
      for (const ch of subscribed) await big.store.removeSubscription(bigNull.platform, ch);
      subscribed = channelIds(step + 1, c.channels);
      const subscribeFire = await subscribeAndFire(big, bigCorpus, subscribed, bigScheduler, bigNull);
      const latency = await rig.run(
        size,
        c.latency,
        sample.slice(0, 20).map((a) => a.id),
        oneArticle.id,
        progress,
      );
      points.push({
        ...held,
        textMB: round(bigCorpus.textBytes / 2 ** 20, 1),
        grow,
        rescan,
        commands,
        commandsBaseline: oneCommands,
        subscribeFire,
        latency,
      });
    }
    await rig.close();
    rig = null;

    // The 1-article core's fire figures come last, so that its commands and latency ran with exactly 1 article.
    progress(`scale: 1 article: ${c.channels} subscribes and fires`);
    const oneRescan = await timeRescan(one);
    const oneNull = new NullAdapter('discord');
    const oneFire = await subscribeAndFire(
      one,
      oneCorpus,
      channelIds(0, c.channels),
      nullScheduler(one, oneNull),
      oneNull,
    );
    if (!oneCommands) throw new Error('no sizes to measure');
    // The 1-article point shows the 1-article core's times measured beside the largest size.
    points.unshift({
      ...oneHeld,
      textMB: round(oneCorpus.textBytes / 2 ** 20, 3),
      grow: oneGrow,
      rescan: oneRescan,
      commands: oneCommands,
      commandsBaseline: null,
      subscribeFire: oneFire,
      latency: null,
    });

    progress(`scale: memory of the bot started on ${bigCorpus.total.toLocaleString('en')} articles`);
    const memIds = sampleArticles((k) => bigCorpus.article(k), bigCorpus.size, c.memory.ids).map((a) => a.id);
    const bigMem = await runScaleMemory(
      cwd,
      bot.file,
      big.root,
      memIds,
      { warmup: c.memory.warmup, commands: c.memory.commands },
      progress,
    );
    const oneMem = await runScaleMemory(
      cwd,
      bot.file,
      one.root,
      [oneArticle.id],
      { warmup: c.memory.warmup, commands: c.memory.commands },
      progress,
    );

    progress(`scale: ${c.dropFiles} files dropped into the folder`);
    const drain = '499999999999999998';
    await big.bus.run(
      'subscribe',
      { schedule: SCHEDULE },
      { platform: bigNull.platform, channelId: drain, userId: 'U0BENCH', canManage: true },
    );
    await bigScheduler.fire(bigNull.platform, drain, 'manual');
    const drop = await runDrop(gen, big, bigCorpus, c.dropFiles, bigScheduler, bigNull, subscribed, drain);
    return {
      counts: c,
      points,
      memory: { one: oneMem, big: bigMem },
      drop,
      seconds: round((performance.now() - t0) / 1000, 1),
    };
  } finally {
    await rig?.close();
    for (const w of worlds) await w.close();
    bot.remove();
  }
}

/** What the index holds (before the step's new file). */
async function counts(w: ScaleWorld): Promise<Pick<ScalePoint, 'articles' | 'files' | 'sourceArticles'>> {
  const rows = await w.store.db.all<{ kind: string; n: number }>(
    'SELECT kind, COUNT(*) AS n FROM articles GROUP BY kind',
  );
  const files = Number(rows.find((r) => r.kind === 'file')?.n ?? 0);
  const sourceArticles = Number(rows.find((r) => r.kind === 'source')?.n ?? 0);
  return { articles: files + sourceArticles, files, sourceArticles };
}

async function timeRescan(w: ScaleWorld): Promise<{ wallMs: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await w.files.sync();
  const c = process.cpuUsage(c0);
  return { wallMs: round(performance.now() - t0, 1), cpuMs: round((c.user + c.system) / 1000, 1) };
}
