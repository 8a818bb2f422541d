/**
 * Resident memory of the bot started on the scale section's folder and database (scale-bot.ts, bundled,
 * plain node): after start, after a warm-up, after the commands. Commands alternate Discord (gateway
 * interactions) and Slack (signed HTTP), 8 in flight, over /digest, /quotes, /countdown and /articles;
 * the articles asked for cycle through `ids` (more than the 500 digests Herald caches, so the cache is
 * full and turning over before the warm-up ends).
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../../tests/fakes/discord.js';
import { startChild } from './child.js';
import { closedLoop } from './closed-loop.js';
import { timeInteraction } from './discord-driver.js';
import type { Mem } from './mem-reading.js';
import { SlackDriver } from './slack-driver.js';
import { round, sleep } from './stats.js';

export interface ScaleMemory {
  articles: number;
  /** node-cron tasks the scheduler runs (one per subscription). */
  tasks: number;
  /** Store open and migration check + the folder pass at start (nothing new to read), ms. */
  syncMs: number;
  startMs: number;
  afterStart: Mem;
  warmupCommands: number;
  afterWarmup: Mem | null;
  commands: number;
  afterCommands: Mem | null;
  growthAfterWarmupPct: number | null;
  heapGrowthAfterWarmupPct: number | null;
  errors: number;
  errorSamples: string[];
  seconds: number;
}

const COMMANDS = ['digest', 'quotes', 'countdown', 'articles'] as const;
const CONCURRENCY = 8;

/** Bundles scale-bot.ts once; returns its path and how to remove it. */
export async function bundleBot(cwd: string): Promise<{ file: string; remove(): void }> {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'herald-scale-bot-'));
  symlinkSync(join(cwd, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const file = join(dir, 'scale-bot.mjs');
  await esbuild.build({
    entryPoints: [join(cwd, 'bench', 'perf', 'scale-bot.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    logLevel: 'silent',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function runScaleMemory(
  cwd: string,
  bot: string,
  root: string,
  ids: readonly string[],
  counts: { warmup: number; commands: number },
  progress: (s: string) => void,
): Promise<ScaleMemory> {
  const slack = await new SlackDriver().start();
  const discord = await FakeDiscord.start();
  const child = await startChild(bot, { cwd, nodeArgs: ['--expose-gc'], tsx: false, readyTimeoutMs: 60_000 });
  const t0 = performance.now();
  try {
    const started = await child.call<{
      slackPort: number;
      articles: number;
      tasks: number;
      syncMs: number;
      startMs: number;
    }>(
      'start',
      {
        root,
        discord: { apiUrl: discord.apiUrl, token: discord.token, applicationId: discord.applicationId },
        slackApiUrl: slack.fake.apiUrl,
      },
      300_000,
    );
    await discord.waitFor(() => discord.connected > 0, 15_000, 'the bot on the gateway');
    const afterStart = await child.call<Mem>('measure');
    const target = new URL(`http://127.0.0.1:${started.slackPort}/slack/events`);
    const run = async (i: number): Promise<void> => {
      const cmd = COMMANDS[Math.floor(i / 2) % COMMANDS.length] ?? 'digest';
      const article = ids[i % ids.length] ?? '';
      const args = cmd === 'articles' ? '' : ` ${article}`;
      if (i % 2 === 0)
        await timeInteraction(
          discord,
          cmd,
          cmd === 'articles' ? {} : { article },
          `2000000000000${String(i % 50).padStart(5, '0')}`,
        );
      else
        await slack.command(target, `${cmd}${args}`, {
          concurrency: CONCURRENCY,
          channel: `C${String(i % 50).padStart(4, '0')}`,
        });
    };
    const label = `${started.articles.toLocaleString('en')} articles`;
    let afterWarmup: Mem | null = null;
    let afterCommands: Mem | null = null;
    let errors = 0;
    const errorSamples: string[] = [];
    if (counts.warmup > 0) {
      progress(`scale memory (${label}): ${counts.warmup} warm-up commands`);
      const w = await closedLoop(counts.warmup, CONCURRENCY, run, 300_000);
      errors += w.errors;
      errorSamples.push(...w.errorSamples);
      await sleep(500);
      afterWarmup = await child.call<Mem>('measure');
    }
    if (counts.commands > 0) {
      progress(`scale memory (${label}): ${counts.commands} commands`);
      const c = await closedLoop(counts.commands, CONCURRENCY, (i) => run(i + counts.warmup), 480_000);
      errors += c.errors;
      errorSamples.push(...c.errorSamples);
      await sleep(500);
      afterCommands = await child.call<Mem>('measure');
    }
    const pct = (a: number | undefined, b: number | undefined): number | null =>
      a === undefined || b === undefined ? null : round(((b - a) / a) * 100, 1);
    return {
      articles: started.articles,
      tasks: started.tasks,
      syncMs: started.syncMs,
      startMs: started.startMs,
      afterStart,
      warmupCommands: counts.warmup,
      afterWarmup,
      commands: counts.commands,
      afterCommands,
      growthAfterWarmupPct: pct(afterWarmup?.rssMB, afterCommands?.rssMB),
      heapGrowthAfterWarmupPct: pct(afterWarmup?.heapUsedMB, afterCommands?.heapUsedMB),
      errors,
      errorSamples: errorSamples.slice(0, 3),
      seconds: round((performance.now() - t0) / 1000, 1),
    };
  } finally {
    await child.close();
    await slack.close();
    await discord.close();
  }
}
