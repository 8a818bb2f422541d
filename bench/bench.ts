// `npm run bench [-- --quick] [-- --data DIR] [-- --only digest,slack,discord,fanout,memory,scale,multi]`: how fast
// Herald answers and how far it scales, each figure beside a baseline run in the same process and run.
// Writes bench/results/bench.json (full runs of every section; see --out) and prints a table.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startChild, type ChildHandle } from './perf/child.js';
import { runDigestBench, type DigestBenchResult } from './perf/digest-build.js';
import { loadEvalArticles } from './perf/eval-text.js';
import { runFanout, type FanoutResult } from './perf/fanout.js';
import { runDiscordLatency, runSlackLatency, type LatencyResult } from './perf/latency.js';
import { machine } from './perf/machine.js';
import { runMemory, type MemoryResult } from './perf/memory.js';
import { ms, renderRows, times, type Row } from './perf/report.js';
import { runScale, SCALE_FULL, SCALE_QUICK, type ScaleResult } from './perf/scale.js';
import { scaleRows } from './perf/scale-rows.js';
import { runInstances, type InstancesResult } from './perf/instances.js';

const here = dirname(fileURLToPath(import.meta.url));
// Written into bench.json so the figures can be read without this source at hand.
const METHOD = {
  digest:
    'buildDigest on eval articles (shared/eval/summaries/cnndm_dev.jsonl) joined with blank lines to 1 KB…1 MB, a fresh article id per iteration (cache miss); baseline lead-3 = splitSentences(text).slice(0, 3) on the same text, alternating order; "one paragraph" rows join with spaces instead',
  latency:
    'closed loop (N commands in flight) from the load generator process (bench/perf/load-gen.ts, which also hosts the fakes); times from send to the 200 ack / response_url POST (Slack), and from gateway dispatch to the deferral callback / the PATCH of @original (Discord); two rounds alternating Herald and baseline; CPU per command = this process (all threads) / commands',
  fanout:
    'N subscriptions with the same 6-field cron second, real Scheduler (node-cron) → deliverToChannel → adapter, fakes in the load generator process; total = scheduled second → last fire done; Discord fake: 50 accepted requests in any 1000 ms (sliding), 5 posts per 5 s per channel bucket; Slack fake: fixed windows from the first post; either way N posts can end at (ceil(N / 50) - 1) s at best (1,000: the first 50 at 0 s, the last 50 at 19 s), the bound; 429s carry Retry-After in whole seconds as the platforms send it; production retry settings (HERALD_MAX_RETRIES 3, backoff 1 s; Slack 3 rate-limit waits)',
  scale:
    "one folder + SQLite database grown to each size (articles made from the eval texts: k-th = eval text k mod 119 with its own id, title, date over the last 30 days and URL; even k a Markdown file in digests/ ingested by ArticleFiles.sync(), odd k a source article stored by SourceStore.commitFetch in batches of 500 over 20 sources), beside a core with 1 article (a file) in the same process; commands: CommandBus.run / complete in this process, the kinds in turn, digests of the sampled articles computed before timing; latency: the latency sections' machinery (load generator process, two rounds alternating) with both cores' own Slack and Discord adapters, commands in turn /quotes, /digest <sampled id>, /articles; fires: 1,000 channels subscribed by bus.run(\"subscribe\") then Scheduler.fire for each (50 at a time) with an adapter that posts nowhere, first fire = each channel's first article, then one new file written and taken in by fs.watch, then the measured fire; CPU = process.cpuUsage of this process; database = main file size after wal_checkpoint(TRUNCATE); memory: the bot bundled by esbuild, plain node --expose-gc, started on the largest folder + database (store, ArticleFiles pass + fs.watch, both adapters against fakes, scheduler with every subscription), 3 forced GCs before each reading, commands alternating Discord and Slack over /digest, /quotes, /countdown, /articles on 1,000 sampled articles, 8 in flight; drop: files written by the load generator process in one burst while Herald watches, even files asked for by library.resolve (what /digest does) and odd files looked up in the index only, both from the write's end",
  multi:
    'claims: N processes (bench/perf/claim-worker.ts) race through the same K deliveries, each claiming and marking sent every one it wins, from different starting points; claims/s = K / wall time from the start signal; exactly once = the wins add up to K; SQLite allows one process. Fan-out: 1,000 subscriptions on one PostgreSQL (DATABASE_URL, a fresh schema each), 1 or 3 real bot processes (adapters/main.ts, Discord interactions over HTTP) against the rate-limited Discord fake in this process; total = scheduled second → last post the fake accepted',
  memory:
    'the bot alone in a child process (--expose-gc; 3 forced GCs before each reading) with both adapters against fakes in the parent, 100 eval articles; commands alternate Discord and Slack over digest/quotes/countdown and the 100 articles, 8 in flight',
};
const root = resolve(here, '..');
const SECTIONS = ['digest', 'slack', 'discord', 'fanout', 'memory', 'scale', 'multi'] as const;
type Section = (typeof SECTIONS)[number];
const USAGE = `usage: npm run bench -- [--quick] [--data DIR] [--only ${SECTIONS.join(',')}] [--out FILE]`;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      data: { type: 'string' },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : [...SECTIONS];
  for (const s of only)
    if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`--only: unknown section "${s}"; ${USAGE}`);
  // Partial runs do not overwrite the full results unless told where to write.
  const out = values.out
    ? resolve(values.out)
    : only.length === SECTIONS.length
      ? join(root, 'bench', 'results', 'bench.json')
      : null;
  return {
    quick: values.quick,
    dataDir: values.data ? resolve(values.data) : resolve(root, '..', 'shared', 'eval'),
    only: new Set(only as Section[]),
    out,
  };
}

interface Results {
  digest?: DigestBenchResult;
  slackLatency?: LatencyResult;
  discordLatency?: LatencyResult;
  fanout?: FanoutResult[];
  memory?: MemoryResult;
  scale?: ScaleResult;
  multi?: InstancesResult;
}

const t0 = performance.now();
const progress = (s: string): void => {
  process.stderr.write(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);
};

async function main(): Promise<void> {
  const opts = options();
  const counts = opts.quick
    ? {
        latency: [
          [1, 100],
          [50, 300],
        ] as Array<[number, number]>,
        fanoutChannels: 150,
        memoryCommands: 1200,
        scale: SCALE_QUICK,
      }
    : {
        latency: [
          [1, 300],
          [50, 1000],
        ] as Array<[number, number]>,
        fanoutChannels: 1000,
        memoryCommands: 10_000,
        scale: SCALE_FULL,
      };
  const evalArticles = loadEvalArticles(opts.dataDir);
  // Hard stop: never more than 10 minutes (4 in quick mode), whatever hangs.
  const watchdog = setTimeout(
    () => {
      process.stderr.write('bench: time limit reached; stopping\n');
      process.exit(3);
    },
    opts.quick ? 240_000 : 590_000,
  );
  watchdog.unref();

  const results: Results = {};
  let gen: ChildHandle | null = null;
  try {
    // The latency and fan-out sections first, while this process is fresh; the digest builds (big
    // strings, a full cache) after; the memory bot runs in a process of its own.
    if (opts.only.has('slack') || opts.only.has('discord') || opts.only.has('fanout') || opts.only.has('scale')) {
      gen = await startChild('bench/perf/load-gen.ts', { cwd: root });
    }
    if (gen && opts.only.has('slack')) results.slackLatency = await runSlackLatency(gen, counts.latency, progress);
    if (gen && opts.only.has('discord'))
      results.discordLatency = await runDiscordLatency(gen, counts.latency, progress);
    if (gen && opts.only.has('fanout')) results.fanout = await runFanouts(gen, counts.fanoutChannels);
    if (gen && opts.only.has('scale')) results.scale = await runScale(gen, root, evalArticles, counts.scale, progress);
    await gen?.close();
    gen = null;
    if (opts.only.has('digest')) results.digest = await runDigestBench(evalArticles, opts.quick, progress);
    if (opts.only.has('memory')) results.memory = await runMemory(root, evalArticles, counts.memoryCommands, progress);
    if (opts.only.has('multi')) {
      const pg = process.env.HERALD_TEST_DATABASE_URL || process.env.DATABASE_URL || null;
      results.multi = await runInstances(
        root,
        pg,
        opts.quick ? { keys: 500, channels: 200 } : { keys: 2000, channels: 1000 },
        progress,
      );
    }
  } finally {
    await gen?.close();
  }

  const runtimeSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const rows = tableRows(results);
  const doc = {
    generatedBy: `npm run bench${opts.quick ? ' -- --quick' : ''}`,
    machine: machine(),
    mode: opts.quick ? 'quick' : 'full',
    runtimeSeconds,
    dataDir: opts.dataDir,
    counts,
    method: METHOD,
    figures: rows,
    results,
  };
  console.log(
    `Herald benchmarks · ${doc.mode} · ${doc.machine.cpu} × ${doc.machine.cores} · node ${doc.machine.node} · ${doc.machine.date.slice(0, 10)} · ${runtimeSeconds} s`,
  );
  console.log('');
  console.log(renderRows(rows));
  const missed = rows.filter((r) => r.pass === false);
  console.log('');
  console.log(
    missed.length === 0
      ? 'Every target met.'
      : `${missed.length} target(s) missed: ${missed.map((r) => `${r.section} ${r.figure}`).join('; ')}`,
  );
  if (opts.out) {
    await mkdir(dirname(opts.out), { recursive: true });
    await writeFile(`${opts.out}.tmp`, `${JSON.stringify(doc, null, 2)}\n`);
    await rename(`${opts.out}.tmp`, opts.out);
    console.log(`Wrote ${opts.out}`);
  }
  clearTimeout(watchdog);
}

async function runFanouts(gen: ChildHandle, channels: number): Promise<FanoutResult[]> {
  const deadlineMs = 90_000;
  const discordLimits = { globalPerSecond: 50, perChannel: { limit: 5, windowMs: 5000 } };
  const discordText = '50 requests/s global (sliding 1 s), 5 posts per 5 s per channel';
  // 50 in any second: the first 50 posts at 0 s, the last 50 at (ceil(N / 50) - 1) s; 1,000 can end at 19 s.
  const bound = Math.max(1, Math.ceil(channels / 50) - 1);
  const out: FanoutResult[] = [];
  out.push(
    await runFanout(
      gen,
      {
        platform: 'discord',
        variant: 'default',
        channels,
        limits: discordLimits,
        limitsText: discordText,
        boundSeconds: bound,
        deadlineMs,
      },
      progress,
    ),
  );
  out.push(
    await runFanout(
      gen,
      {
        platform: 'slack',
        variant: 'per-channel only',
        channels,
        limits: { perChannel: { limit: 1, windowMs: 1000 } },
        limitsText: '1 post/s per channel',
        boundSeconds: null,
        deadlineMs,
      },
      progress,
    ),
  );
  out.push(
    await runFanout(
      gen,
      {
        platform: 'slack',
        variant: '+ workspace 50/s',
        channels,
        limits: { perChannel: { limit: 1, windowMs: 1000 }, workspace: { limit: 50, windowMs: 1000 } },
        limitsText: '1 post/s per channel + 50 posts/s workspace (modelled)',
        boundSeconds: bound,
        deadlineMs,
      },
      progress,
    ),
  );
  return out;
}

function tableRows(r: Results): Row[] {
  const rows: Row[] = [];
  const d = r.digest;
  if (d) {
    for (const s of d.sizes) {
      rows.push({
        section: '1 digest',
        figure: `${s.label} median (p95)`,
        value: `${ms(s.digest.median)} (${ms(s.digest.p95)})`,
        baseline: `${ms(s.lead3.median)} (${ms(s.lead3.p95)})`,
        ratio: times(s.ratioToLead3),
        target: '',
        pass: null,
      });
    }
    for (const s of d.sizes)
      rows.push({
        section: '1 digest',
        figure: `${s.label} per KB`,
        value: ms(s.digestMsPerKB),
        baseline: ms(s.lead3MsPerKB),
        ratio: times(s.ratioToLead3),
        target: '',
        pass: null,
      });
    rows.push({
      section: '1 digest',
      figure: 'per-KB cost, 1 MB / 10 KB',
      value: times(d.linearity.ratio),
      baseline: '',
      ratio: '',
      target: '≤ 1.50×',
      pass: d.linearity.pass,
    });
    rows.push({
      section: '1 digest',
      figure: `seed article (${d.seed.kb} KB) median`,
      value: ms(d.seed.digest.median),
      baseline: ms(d.seed.lead3.median),
      ratio: times(d.seed.ratioToLead3),
      target: '< 5 ms',
      pass: d.seed.pass,
    });
    for (const c of d.cache) {
      rows.push({
        section: '1 digest',
        figure: `cache: repeat at ${c.kb} KB (same object: ${c.sameObject ? 'yes' : 'no'})`,
        value: ms(c.secondMs),
        baseline: ms(c.firstMs),
        ratio: times(c.secondMs / c.firstMs),
        target: 'same object',
        pass: c.sameObject,
      });
    }
    const b = d.cacheViaBus;
    rows.push({
      section: '1 digest',
      figure: `cache: 2nd /quotes via bus, ${b.kb} KB`,
      value: ms(b.secondMs),
      baseline: ms(b.firstMs),
      ratio: times(b.secondMs / b.firstMs),
      target: 'cache hit',
      pass: b.sameDigest,
    });
    for (const s of d.oneParagraph.sizes)
      rows.push({
        section: '1 digest',
        figure: `${s.label} per KB`,
        value: ms(s.digestMsPerKB),
        baseline: ms(s.lead3MsPerKB),
        ratio: times(s.ratioToLead3),
        target: '',
        pass: null,
      });
  }
  for (const [section, lat] of [
    ['2 slack', r.slackLatency],
    ['3 discord', r.discordLatency],
  ] as const) {
    if (!lat) continue;
    const firstName = lat.platform === 'slack' ? 'ack' : 'deferral';
    const secondName = lat.platform === 'slack' ? 'response_url' : 'final edit';
    for (const l of lat.levels) {
      const c = `c=${l.concurrency}`;
      rows.push({
        section,
        figure: `${firstName} p50, ${c}`,
        value: ms(l.herald.first.p50),
        baseline: ms(l.baseline.first.p50),
        ratio: times(l.ratios.firstP50),
        target: '≤ 1.50×',
        pass: l.ratios.firstP50 <= 1.5,
      });
      rows.push({
        section,
        figure: `${firstName} p99, ${c}`,
        value: ms(l.herald.first.p99),
        baseline: ms(l.baseline.first.p99),
        ratio: times(l.ratios.firstP99),
        target: l.concurrency === 1 ? '≤ 1.50×, < 50 ms' : '≤ 1.50×',
        pass: l.ratios.firstP99 <= 1.5 && (l.concurrency !== 1 || l.herald.first.p99 < 50),
      });
      rows.push({
        section,
        figure: `${secondName} p50, ${c}`,
        value: ms(l.herald.second.p50),
        baseline: ms(l.baseline.second.p50),
        ratio: times(l.ratios.secondP50),
        target: '',
        pass: null,
      });
      rows.push({
        section,
        figure: `${secondName} p99, ${c}`,
        value: ms(l.herald.second.p99),
        baseline: ms(l.baseline.second.p99),
        ratio: times(l.ratios.secondP99),
        target: '',
        pass: null,
      });
      rows.push({
        section,
        figure: `CPU per command (bot process), ${c}`,
        value: ms(l.herald.cpuMsPerCommand),
        baseline: ms(l.baseline.cpuMsPerCommand),
        ratio: times(l.herald.cpuMsPerCommand / l.baseline.cpuMsPerCommand),
        target: '',
        pass: null,
      });
      if (l.herald.errors + l.baseline.errors > 0)
        rows.push({
          section,
          figure: `errors, ${c}`,
          value: String(l.herald.errors),
          baseline: String(l.baseline.errors),
          ratio: '',
          target: '0',
          pass: l.herald.errors === 0,
        });
    }
    const dg = lat.diagnostic;
    const dl = lat.levels.find((l) => l.concurrency === dg?.concurrency);
    if (dg && dl) {
      const c = `c=${dg.concurrency}, client global limit off`;
      rows.push({
        section,
        figure: `${firstName} p50 (p99), ${c}`,
        value: `${ms(dg.first.p50)} (${ms(dg.first.p99)})`,
        baseline: `${ms(dl.baseline.first.p50)} (${ms(dl.baseline.first.p99)})`,
        ratio: times(dg.first.p50 / dl.baseline.first.p50),
        target: 'diagnostic',
        pass: null,
      });
      rows.push({
        section,
        figure: `${secondName} p50 (p99), ${c}`,
        value: `${ms(dg.second.p50)} (${ms(dg.second.p99)})`,
        baseline: `${ms(dl.baseline.second.p50)} (${ms(dl.baseline.second.p99)})`,
        ratio: times(dg.second.p50 / dl.baseline.second.p50),
        target: 'diagnostic',
        pass: null,
      });
    }
  }
  for (const f of r.fanout ?? []) {
    const section = '4 fan-out';
    const name = `${f.platform} ${f.variant}, ${f.channels} ch`;
    // Both are held to the bound: Discord's published limit is paced (SlidingWindowBudget), Slack's
    // unpublished one is learned from its first 429s (LearnedBudget). Only Discord's must draw no 429.
    const discord = f.platform === 'discord';
    const limit = 1.06;
    rows.push({
      section,
      figure: `${name}: total`,
      value: `${f.totalSeconds.toFixed(1)} s`,
      baseline: f.boundSeconds === null ? '' : `${f.boundSeconds.toFixed(1)} s bound`,
      ratio: times(f.ratioToBound),
      target: f.boundSeconds === null ? '' : `≤ ${limit.toFixed(2)}×`,
      pass: f.ratioToBound === null ? null : f.ratioToBound <= limit && f.finished,
    });
    rows.push({
      section,
      figure: `${name}: lost / doubled`,
      value: f.failedThisFire > 0 ? `${f.lost} (left for next fire) / ${f.doubled}` : `${f.lost} / ${f.doubled}`,
      baseline: '',
      ratio: '',
      target: '0 / 0',
      pass: f.lost === 0 && f.doubled === 0,
    });
    rows.push({
      section,
      figure: `${name}: 429s (global, channel)`,
      value: `${f.status429} (${f.global429}, ${f.channel429})`,
      baseline: '',
      ratio: '',
      target: discord ? '0 global' : '',
      pass: discord ? f.global429 === 0 : null,
    });
  }
  const m = r.memory;
  if (m) {
    rows.push({
      section: '5 memory',
      figure: 'RSS: node + tsx loader only',
      value: `${m.processOnly.rssMB} MB`,
      baseline: '',
      ratio: '',
      target: '',
      pass: null,
    });
    rows.push({
      section: '5 memory',
      figure: 'RSS: + Herald modules imported',
      value: `${m.afterImport.rssMB} MB`,
      baseline: `${m.processOnly.rssMB} MB`,
      ratio: '',
      target: '',
      pass: null,
    });
    // npm start runs the esbuild bundle with plain node; the tsx figure is what tests and `npm run herald` carry.
    rows.push({
      section: '5 memory',
      figure: 'RSS after start under tsx (2 adapters, 100 articles)',
      value: `${m.afterStart.rssMB} MB`,
      baseline: '',
      ratio: '',
      target: '',
      pass: null,
    });
    if (m.compiledAfterStart)
      rows.push({
        section: '5 memory',
        figure: 'RSS after start as npm start runs it (bundle, plain node)',
        value: `${m.compiledAfterStart.rssMB} MB`,
        baseline: `${m.afterStart.rssMB} MB`,
        ratio: times(m.compiledAfterStart.rssMB / m.afterStart.rssMB),
        target: '< 150 MB',
        pass: m.compiledAfterStart.rssMB < 150,
      });
    rows.push({
      section: '5 memory',
      figure: `RSS after ${m.warmupCommands} warm-up commands`,
      value: `${m.afterWarmup.rssMB} MB`,
      baseline: `${m.afterStart.rssMB} MB`,
      ratio: times(m.afterWarmup.rssMB / m.afterStart.rssMB),
      target: '',
      pass: null,
    });
    rows.push({
      section: '5 memory',
      figure: `RSS after ${m.commands} commands`,
      value: `${m.afterCommands.rssMB} MB`,
      baseline: `${m.afterStart.rssMB} MB`,
      ratio: times(m.afterCommands.rssMB / m.afterStart.rssMB),
      target: '≤ 1.10×',
      pass: m.growthFromStartPct <= 10,
    });
    rows.push({
      section: '5 memory',
      figure: 'growth after warm-up (RSS, heap)',
      value: `${m.growthAfterWarmupPct}%, ${m.heapGrowthAfterWarmupPct}%`,
      baseline: '',
      ratio: '',
      target: '≤ 10%',
      pass: m.growthAfterWarmupPct <= 10,
    });
  }
  if (r.scale) rows.push(...scaleRows(r.scale));
  if (r.multi) {
    const section = '7 instances';
    for (const c of r.multi.claims) {
      rows.push({
        section,
        figure: `claims/s, ${c.database}, ${c.processes} process${c.processes > 1 ? 'es' : ''} racing for ${c.keys}`,
        value: String(c.claimsPerSecond),
        baseline: '',
        ratio: '',
        target: 'each once',
        pass: c.exactlyOnce,
      });
    }
    for (const f of r.multi.fanout) {
      rows.push({
        section,
        figure: `Discord fan-out, ${f.instances} instance${f.instances > 1 ? 's' : ''} on PostgreSQL, ${f.channels} ch`,
        value: `${f.totalSeconds.toFixed(1)} s`,
        baseline: `${f.boundSeconds.toFixed(0)} s bound`,
        ratio: times(f.ratio),
        target: '',
        pass: null,
      });
      rows.push({
        section,
        figure: `… lost / doubled / global 429s`,
        value: `${f.lost} / ${f.doubled} / ${f.global429}`,
        baseline: '',
        ratio: '',
        target: '0 / 0 / 0',
        pass: f.lost === 0 && f.doubled === 0 && f.global429 === 0 && f.finished,
      });
    }
    if (r.multi.skipped)
      rows.push({
        section,
        figure: 'PostgreSQL rows',
        value: `skipped: ${r.multi.skipped}`,
        baseline: '',
        ratio: '',
        target: '',
        pass: null,
      });
  }
  return rows;
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
