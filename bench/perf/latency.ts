/**
 * 2 and 3. Slash-command latency through the real adapters (Bolt's HTTP receiver; discord.js on the
 * gateway), driven by the load generator in its own process, beside the bare baselines driven the same
 * way. Each concurrency level runs in two rounds, alternating which target goes first, so drift on a
 * noisy machine falls on both.
 */
import type { ChildHandle } from './child.js';
import type { LoadResult } from './load-gen.js';
import { bareGatewayClient, bareSlackServer } from './baselines.js';
import { discordAdapter, slackAdapter, world } from './herald.js';
import { ratio, rounded, summarize, type Summary } from './stats.js';

export interface LatencyLevel {
  concurrency: number;
  requests: number;
  herald: Side;
  baseline: Side;
  /** herald / baseline, for the first figure (ack or deferral) and the second (response_url or final edit). */
  ratios: { firstP50: number; firstP99: number; secondP50: number; secondP99: number };
}

/** One target at one concurrency: latency summaries, errors, commands per second, and this process's CPU per command. */
export interface Side {
  first: Summary;
  second: Summary;
  errors: number;
  errorSamples: string[];
  perSecond: number;
  cpuMsPerCommand: number;
}

export interface LatencyResult {
  platform: 'slack' | 'discord';
  first: string;
  second: string;
  baseline: string;
  levels: LatencyLevel[];
  /** Discord: Herald again with discord.js's client-side global limit lifted, to show what it costs the final edit. */
  diagnostic?: { what: string; concurrency: number; requests: number; first: Summary; second: Summary; errors: number };
}

/** Something the load generator drives: `run` sends n commands, `concurrency` in flight, after `warmup` untimed ones. */
export interface Target {
  run(n: number, concurrency: number, warmup: number): Promise<LoadResult>;
}

/** Each concurrency level in two rounds, alternating which target goes first; CPU per command is this process's. */
export async function compare(
  herald: Target,
  baseline: Target,
  levels: Array<[number, number]>,
  progress: (s: string) => void,
  label: string,
): Promise<LatencyLevel[]> {
  const out: LatencyLevel[] = [];
  for (const [concurrency, requests] of levels) {
    const acc = { herald: [] as LoadResult[], baseline: [] as LoadResult[] };
    const cpu = { herald: 0, baseline: 0 };
    const half = Math.ceil(requests / 2);
    const warmup = Math.min(50, concurrency * 2);
    for (let round = 0; round < 2; round++) {
      const order: Array<['herald' | 'baseline', Target]> =
        round === 0
          ? [
              ['baseline', baseline],
              ['herald', herald],
            ]
          : [
              ['herald', herald],
              ['baseline', baseline],
            ];
      for (const [name, t] of order) {
        progress(`${label} latency: ${name}, concurrency ${concurrency}, round ${round + 1}`);
        const before = process.cpuUsage();
        const r = await t.run(half, concurrency, round === 0 ? warmup : 0);
        const used = process.cpuUsage(before);
        // CPU of the bot's process (this one) per command, warm-up included.
        cpu[name] += (used.user + used.system) / 1000 / (half + (round === 0 ? warmup : 0));
        acc[name].push(r);
      }
    }
    const merge = (rs: LoadResult[], cpuMs: number): Side => {
      const first = rs.flatMap((r) => r.first);
      const second = rs.flatMap((r) => r.second);
      const wall = rs.reduce((a, r) => a + r.wallMs, 0);
      return {
        first: rounded(summarize(first)),
        second: rounded(summarize(second)),
        errors: rs.reduce((a, r) => a + r.errors, 0),
        errorSamples: rs.flatMap((r) => r.errorSamples).slice(0, 3),
        perSecond: Math.round((first.length / wall) * 1000),
        cpuMsPerCommand: Math.round((cpuMs / rs.length) * 1000) / 1000,
      };
    };
    const h = merge(acc.herald, cpu.herald);
    const b = merge(acc.baseline, cpu.baseline);
    out.push({
      concurrency,
      requests: half * 2,
      herald: h,
      baseline: b,
      ratios: {
        firstP50: ratio(h.first.p50, b.first.p50),
        firstP99: ratio(h.first.p99, b.first.p99),
        secondP50: ratio(h.second.p50, b.second.p50),
        secondP99: ratio(h.second.p99, b.second.p99),
      },
    });
  }
  return out;
}

const DEADLINE_MS = 120_000;

export async function runSlackLatency(
  gen: ChildHandle,
  levels: Array<[number, number]>,
  progress: (s: string) => void,
): Promise<LatencyResult> {
  const { apiUrl } = await gen.call<{ apiUrl: string }>('slack.start', { name: 'latency' });
  const w = await world();
  const adapter = slackAdapter(apiUrl, w.log);
  const bare = await bareSlackServer();
  try {
    await adapter.start(w.bus);
    const target = (url: string): Target => ({
      run: (n, concurrency, warmup) =>
        gen.call<LoadResult>(
          'slack.load',
          { name: 'latency', target: url, n, concurrency, warmup, text: 'quotes', deadlineMs: DEADLINE_MS },
          DEADLINE_MS * 2 + 10_000,
        ),
    });
    const result = await compare(
      target(`http://127.0.0.1:${adapter.port}/slack/events`),
      target(bare.url),
      levels,
      progress,
      'slack',
    );
    return {
      platform: 'slack',
      first: 'ack (200 received)',
      second: 'response_url POST received',
      baseline: 'bare node:http server: empty 200, then a fixed response_url POST',
      levels: result,
    };
  } finally {
    await adapter.stop();
    await bare.close();
    await w.close();
  }
}

export async function runDiscordLatency(
  gen: ChildHandle,
  levels: Array<[number, number]>,
  progress: (s: string) => void,
): Promise<LatencyResult> {
  type Info = { apiUrl: string; gatewayUrl: string; token: string; applicationId: string };
  // Two fakes: a gateway dispatches to every session on it, so each bot gets its own.
  const heraldFake = await gen.call<Info>('discord.start', { name: 'herald' });
  const bareFake = await gen.call<Info>('discord.start', { name: 'bare' });
  const w = await world();
  const adapter = discordAdapter(heraldFake, w.log);
  let bare: { close(): Promise<void> } | null = null;
  let lifted: ReturnType<typeof discordAdapter> | null = null;
  let stopped = false;
  try {
    await adapter.start(w.bus);
    await gen.call('discord.waitConnected', { name: 'herald' });
    bare = await bareGatewayClient(bareFake);
    await gen.call('discord.waitConnected', { name: 'bare' });
    const target = (name: string): Target => ({
      run: (n, concurrency, warmup) =>
        gen.call<LoadResult>(
          'discord.load',
          { name, n, concurrency, warmup, command: 'quotes', deadlineMs: DEADLINE_MS },
          DEADLINE_MS * 2 + 10_000,
        ),
    });
    const result = await compare(target('herald'), target('bare'), levels, progress, 'discord');
    await adapter.stop();
    stopped = true;

    // Diagnostic: discord.js counts the edit (PATCH /webhooks/{app}/{token}/messages/@original) against its
    // own 50 requests/s global budget, which Discord does not apply to interaction endpoints. Lift it.
    const [concurrency, requests] = levels[levels.length - 1] ?? [50, 1000];
    const liftedFake = await gen.call<Info>('discord.start', { name: 'herald-lifted' });
    lifted = discordAdapter(liftedFake, w.log, { globalRequestsPerSecond: 1_000_000 });
    await lifted.start(w.bus);
    await gen.call('discord.waitConnected', { name: 'herald-lifted' });
    progress(`discord latency: herald with the client-side global limit lifted, concurrency ${concurrency}`);
    const d = await target('herald-lifted').run(requests, concurrency, Math.min(50, concurrency * 2));
    return {
      platform: 'discord',
      first: 'deferral (callback type 5 received)',
      second: 'final edit (PATCH @original received)',
      baseline: 'bare gateway client (ws + node:http): deferral, then a fixed edit',
      levels: result,
      diagnostic: {
        what: "Herald with rest.globalRequestsPerSecond 1e6 (discord.js's own global limit off)",
        concurrency,
        requests,
        first: rounded(summarize(d.first)),
        second: rounded(summarize(d.second)),
        errors: d.errors,
      },
    };
  } finally {
    await bare?.close();
    if (!stopped) await adapter.stop();
    await lifted?.stop();
    await w.close();
  }
}
