/**
 * 5. Memory: the bot in its own process (memory-bot.ts) with both adapters and 100 articles; resident
 * memory after start, after a warm-up that touches every article once per command, and after all the
 * commands — each after a forced GC. Commands alternate Discord (gateway interactions) and Slack
 * (signed HTTP), cycling /digest, /quotes and /countdown over the 100 articles.
 */
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeDiscord } from '../../tests/fakes/discord.js';
import { startChild } from './child.js';
import { closedLoop } from './closed-loop.js';
import { timeInteraction } from './discord-driver.js';
import type { EvalArticle } from './eval-text.js';
import { articleFiles } from './herald.js';
import { SlackDriver } from './slack-driver.js';
import { round, sleep } from './stats.js';

interface Mem {
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  arrayBuffersMB: number;
}

export interface MemoryResult {
  articles: number;
  commands: number;
  warmupCommands: number;
  concurrency: number;
  /** Node and the tsx loader alone, before any Herald module is imported. */
  processOnly: Mem;
  /** Herald's modules imported (discord.js, @slack/bolt, better-sqlite3, chrono-node…), nothing started. */
  afterImport: Mem;
  afterStart: Mem;
  afterWarmup: Mem;
  afterCommands: Mem;
  /** RSS growth over all the commands, %, from start and from the warmed-up state. */
  growthFromStartPct: number;
  growthAfterWarmupPct: number;
  heapGrowthAfterWarmupPct: number;
  /** Sizes of caches that grow with use (discord.js REST handlers, channel cache…), after start, warm-up and all commands. */
  caches: { afterStart: Caches; afterWarmup: Caches; afterCommands: Caches };
  /** The same bot bundled with esbuild and run by plain node (no tsx loader), after start; null if esbuild is missing. */
  compiledAfterStart: Mem | null;
  errors: number;
  errorSamples: string[];
  seconds: number;
  targets: { startMB: number; growthPct: number };
}

type Caches = Record<string, number | null>;

const COMMANDS = ['digest', 'quotes', 'countdown'] as const;

export async function runMemory(
  cwd: string,
  evalArticles: readonly EvalArticle[],
  total: number,
  progress: (s: string) => void,
): Promise<MemoryResult> {
  const files = articleFiles(evalArticles, 100);
  const slack = await new SlackDriver().start();
  const discord = await FakeDiscord.start();
  const bot = await startChild('bench/perf/memory-bot.ts', { cwd, nodeArgs: ['--expose-gc'] });
  const t0 = performance.now();
  let bundled: Mem | null = null;
  try {
    const processOnly = await bot.call<Mem>('measure');
    await bot.call('load');
    const afterImport = await bot.call<Mem>('measure');
    const started = await bot.call<{ slackPort: number; articles: string[] }>('start', {
      files,
      discord: { apiUrl: discord.apiUrl, token: discord.token, applicationId: discord.applicationId },
      slackApiUrl: slack.fake.apiUrl,
    });
    await discord.waitFor(() => discord.connected > 0, 15_000, 'the bot on the gateway');
    const afterStart = await bot.call<Mem>('measure');
    const cachesStart = await bot.call<Caches>('inspect');
    const target = new URL(`http://127.0.0.1:${started.slackPort}/slack/events`);
    const ids = started.articles;
    const concurrency = 8;
    const run = async (i: number): Promise<void> => {
      const cmd = COMMANDS[Math.floor(i / 2) % COMMANDS.length] ?? 'digest';
      const article = ids[Math.floor(i / 6) % ids.length] ?? '';
      if (i % 2 === 0)
        await timeInteraction(discord, cmd, { article }, `2000000000000${String(i % 50).padStart(5, '0')}`);
      else
        await slack.command(target, `${cmd} ${article}`, {
          concurrency,
          channel: `C${String(i % 50).padStart(4, '0')}`,
        });
    };
    // Warm-up: every command on every article on both platforms once (6 commands per article).
    const warmup = Math.min(total, ids.length * 6);
    progress(`memory: ${warmup} warm-up commands`);
    const w1 = await closedLoop(warmup, concurrency, run, 300_000);
    await sleep(500);
    const afterWarmup = await bot.call<Mem>('measure');
    const cachesWarmup = await bot.call<Caches>('inspect');
    progress(`memory: ${total - warmup} more commands`);
    const w2 = await closedLoop(total - warmup, concurrency, (i) => run(i + warmup), 480_000);
    await sleep(500);
    const afterCommands = await bot.call<Mem>('measure');
    const cachesCommands = await bot.call<Caches>('inspect');
    await bot.close();
    progress('memory: the same bot bundled, without tsx');
    bundled = await compiledStart(cwd, files);
    const pct = (a: number, b: number): number => round(((b - a) / a) * 100, 1);
    return {
      articles: ids.length,
      commands: w1.done + w2.done + w1.errors + w2.errors,
      warmupCommands: warmup,
      concurrency,
      processOnly,
      afterImport,
      afterStart,
      afterWarmup,
      afterCommands,
      compiledAfterStart: bundled,
      caches: { afterStart: cachesStart, afterWarmup: cachesWarmup, afterCommands: cachesCommands },
      growthFromStartPct: pct(afterStart.rssMB, afterCommands.rssMB),
      growthAfterWarmupPct: pct(afterWarmup.rssMB, afterCommands.rssMB),
      heapGrowthAfterWarmupPct: pct(afterWarmup.heapUsedMB, afterCommands.heapUsedMB),
      errors: w1.errors + w2.errors,
      errorSamples: [...w1.errorSamples, ...w2.errorSamples].slice(0, 3),
      seconds: round((performance.now() - t0) / 1000, 1),
      targets: { startMB: 150, growthPct: 10 },
    };
  } finally {
    await bot.close();
    await slack.close();
    await discord.close();
  }
}

// The bot as production could run it without the tsx loader: one esbuild bundle (packages left external,
// resolved through a node_modules link), started by plain node against fresh fakes, measured after start.
async function compiledStart(cwd: string, files: Record<string, string>): Promise<Mem | null> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-bundle-'));
  const slack = await new SlackDriver().start();
  const discord = await FakeDiscord.start();
  try {
    symlinkSync(join(cwd, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const outfile = join(dir, 'memory-bot.mjs');
    await esbuild.build({
      entryPoints: [join(cwd, 'bench', 'perf', 'memory-bot.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    const bot = await startChild(outfile, { cwd, nodeArgs: ['--expose-gc'], tsx: false });
    try {
      await bot.call('load');
      await bot.call('start', {
        files,
        discord: { apiUrl: discord.apiUrl, token: discord.token, applicationId: discord.applicationId },
        slackApiUrl: slack.fake.apiUrl,
      });
      await discord.waitFor(() => discord.connected > 0, 15_000, 'the bundled bot on the gateway');
      return await bot.call<Mem>('measure');
    } finally {
      await bot.close();
    }
  } finally {
    await slack.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
