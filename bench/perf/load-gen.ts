/**
 * The load generator, in its own process (spawned by bench/bench.ts with `node --import tsx`): on two
 * cores a generator inside the bot's process would itself be the bottleneck. It hosts what plays the
 * platforms — the fake Slack and fake Discord servers — and drives commands at them over IPC requests:
 *
 *   slack.start {name, rateLimits?}            → {apiUrl}
 *   slack.load {name, target, n, concurrency, text | texts, warmup}   → ack and response_url times
 *   discord.start {name, rateLimits?}           → {apiUrl, token, applicationId}
 *   discord.waitConnected {name}
 *   discord.load {name, n, concurrency, command | commands, warmup} → deferral and final-edit times
 *   slack.fanout / discord.fanout {name}        → what the fake received from a fan-out
 *   files.write {dir, files}                    → writes files in one burst, as another process dropping them in would
 *
 * `texts` and `commands` are taken in turn, command i getting entry i mod length.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeDiscord, type FakeRateLimits } from '../../tests/fakes/discord.js';
import type { FakeSlackRateLimits } from '../../tests/fakes/slack.js';
import { serve } from './child.js';
import { closedLoop, type LoopResult } from './closed-loop.js';
import { timeInteraction } from './discord-driver.js';
import { SlackDriver } from './slack-driver.js';

const slacks = new Map<string, SlackDriver>();
const discords = new Map<string, FakeDiscord>();

export interface LoadResult extends LoopResult {
  /** Per command, ms: Slack ack / Discord deferral. */
  first: number[];
  /** Per command, ms: Slack response_url POST / Discord final edit. */
  second: number[];
}

function slack(name: string): SlackDriver {
  const d = slacks.get(name);
  if (!d) throw new Error(`no fake slack "${name}"`);
  return d;
}
function discord(name: string): FakeDiscord {
  const d = discords.get(name);
  if (!d) throw new Error(`no fake discord "${name}"`);
  return d;
}

interface LoadArgs {
  name: string;
  n: number;
  concurrency: number;
  warmup: number;
  deadlineMs: number;
}

serve(
  {
    'slack.start': async (a: { name: string; rateLimits?: FakeSlackRateLimits }) => {
      const d = await new SlackDriver(a.rateLimits ? { rateLimits: a.rateLimits } : {}).start();
      slacks.set(a.name, d);
      return { apiUrl: d.fake.apiUrl };
    },
    'slack.load': async (a: LoadArgs & { target: string; text?: string; texts?: string[] }) => {
      const d = slack(a.name);
      const target = new URL(a.target);
      const texts = a.texts ?? [a.text ?? 'help'];
      const run =
        (times: { first: number[]; second: number[] } | null) =>
        async (i: number): Promise<void> => {
          const t = await d.command(target, texts[i % texts.length] ?? 'help', {
            concurrency: a.concurrency,
            channel: `C${String(i % 97).padStart(4, '0')}`,
          });
          times?.first.push(t.ackMs);
          times?.second.push(t.responseMs);
        };
      await closedLoop(a.warmup, a.concurrency, run(null), a.deadlineMs);
      const times = { first: [] as number[], second: [] as number[] };
      const loop = await closedLoop(a.n, a.concurrency, run(times), a.deadlineMs);
      return { ...loop, ...times } satisfies LoadResult;
    },
    'discord.start': async (a: { name: string; rateLimits?: FakeRateLimits }) => {
      const fake = await FakeDiscord.start(a.rateLimits ? { rateLimits: a.rateLimits } : {});
      discords.set(a.name, fake);
      return { apiUrl: fake.apiUrl, gatewayUrl: fake.gatewayUrl, token: fake.token, applicationId: fake.applicationId };
    },
    'discord.waitConnected': async (a: { name: string }) => {
      const fake = discord(a.name);
      await fake.waitFor(() => fake.connected > 0, 15_000, 'a gateway session');
      return fake.connected;
    },
    'discord.load': async (
      a: LoadArgs & { command?: string; commands?: Array<{ name: string; options: Record<string, string> }> },
    ) => {
      const fake = discord(a.name);
      const commands = a.commands ?? [{ name: a.command ?? 'help', options: {} }];
      const run =
        (times: { first: number[]; second: number[] } | null) =>
        async (i: number): Promise<void> => {
          const c = commands[i % commands.length] ?? { name: 'help', options: {} };
          const t = await timeInteraction(fake, c.name, c.options, `2000000000000${String(i % 97).padStart(5, '0')}`);
          times?.first.push(t.deferralMs);
          times?.second.push(t.finalMs);
        };
      await closedLoop(a.warmup, a.concurrency, run(null), a.deadlineMs);
      const times = { first: [] as number[], second: [] as number[] };
      const loop = await closedLoop(a.n, a.concurrency, run(times), a.deadlineMs);
      return { ...loop, ...times } satisfies LoadResult;
    },
    'discord.fanout': (a: { name: string; channels: string[] }) => {
      const fake = discord(a.name);
      const posts = fake.requestsTo('POST', /^\/channels\/[^/]+\/messages$/);
      const accepted = posts.filter((r) => r.status === 200);
      return {
        ...channelCounts(
          a.channels,
          (c) => fake.channelMessages(c).length,
          (c) => accepted.filter((r) => r.route === `/channels/${c}/messages`).length,
        ),
        requests: posts.length,
        status429: posts.filter((r) => r.status === 429).length,
        ...fake.rateLimitStats,
        firstAcceptedAt: accepted[0]?.at ?? null,
        lastAcceptedAt: accepted[accepted.length - 1]?.at ?? null,
        otherErrors: posts.filter((r) => r.status !== 200 && r.status !== 429).length,
        timeline: posts.map((r) => [r.at, r.status]),
      };
    },
    'files.write': (a: { dir: string; files: Array<{ name: string; text: string }> }) => {
      const writtenAt: number[] = [];
      for (const f of a.files) {
        writeFileSync(join(a.dir, f.name), f.text);
        writtenAt.push(Date.now());
      }
      return { writtenAt };
    },
    'slack.fanout': (a: { name: string; channels: string[] }) => {
      const fake = slack(a.name).fake;
      const calls = fake.calls('chat.postMessage');
      const accepted = fake.posts;
      const perChannel = new Map<string, number>();
      for (const r of accepted)
        perChannel.set(String(r.body.channel), (perChannel.get(String(r.body.channel)) ?? 0) + 1);
      return {
        ...channelCounts(
          a.channels,
          (c) => perChannel.get(c) ?? 0,
          (c) => perChannel.get(c) ?? 0,
        ),
        requests: calls.length,
        status429: calls.filter((r) => r.status === 429).length,
        ...fake.rateLimitStats,
        firstAcceptedAt: accepted[0]?.at ?? null,
        lastAcceptedAt: accepted[accepted.length - 1]?.at ?? null,
        otherErrors:
          calls.filter((r) => r.status !== 200 && r.status !== 429).length +
          calls.filter((r) => r.status === 200 && r.error !== null).length,
        timeline: calls.map((r) => [r.at, r.status]),
      };
    },
  },
  async () => {
    for (const d of slacks.values()) await d.close();
    for (const f of discords.values()) await f.close();
  },
);

// Per channel: messages that exist (lost = none, doubled = more than one) and posts the fake accepted.
function channelCounts(channels: string[], messages: (c: string) => number, accepted: (c: string) => number) {
  let lost = 0;
  let doubled = 0;
  let doubledAccepts = 0;
  let total = 0;
  for (const c of channels) {
    const m = messages(c);
    total += m;
    if (m === 0) lost++;
    if (m > 1) doubled++;
    if (accepted(c) > 1) doubledAccepts++;
  }
  return { channels: channels.length, messages: total, lost, doubled, doubledAccepts };
}
