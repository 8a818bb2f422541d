/**
 * Slack ack and Discord deferral with N articles beside the same with 1 article: both cores live in this
 * process, each with its own Slack adapter (Bolt's HTTP receiver) and Discord adapter (discord.js on its
 * own fake gateway), driven by the load generator with the machinery of the latency sections (two
 * rounds, alternating which goes first). Commands take turns: /quotes (newest article), /digest of a
 * sampled article, /articles.
 */
import type { DiscordAdapter } from '../../adapters/discord/index.js';
import type { SlackAdapter } from '../../adapters/slack/index.js';
import type { ChildHandle } from './child.js';
import { discordAdapter, slackAdapter } from './herald.js';
import { compare, type LatencyLevel, type Target } from './latency.js';
import type { LoadResult } from './load-gen.js';
import type { ScaleWorld } from './scale-world.js';

const DEADLINE_MS = 120_000;

interface Side {
  name: string;
  slack: SlackAdapter;
  discord: DiscordAdapter;
}

export interface ScaleLatency {
  articles: number;
  slack: LatencyLevel[];
  discord: LatencyLevel[];
}

export class LatencyRig {
  private constructor(
    private readonly gen: ChildHandle,
    private readonly big: Side,
    private readonly one: Side,
  ) {}

  static async start(gen: ChildHandle, big: ScaleWorld, one: ScaleWorld): Promise<LatencyRig> {
    const sides: Side[] = [];
    try {
      for (const [name, w] of [
        ['scale-big', big],
        ['scale-one', one],
      ] as const) {
        const { apiUrl } = await gen.call<{ apiUrl: string }>('slack.start', { name });
        const info = await gen.call<{ apiUrl: string; token: string; applicationId: string }>('discord.start', {
          name,
        });
        const side: Side = { name, slack: slackAdapter(apiUrl, w.log), discord: discordAdapter(info, w.log) };
        sides.push(side);
        await side.slack.start(w.bus);
        await side.discord.start(w.bus);
        await gen.call('discord.waitConnected', { name });
      }
    } catch (err) {
      for (const s of sides) await stopSide(s);
      throw err;
    }
    const [b, o] = sides as [Side, Side];
    return new LatencyRig(gen, b, o);
  }

  /** Big world (as "herald") beside the one-article world (as "baseline"); `ids` are the big world's sampled articles, `oneId` the other's. */
  async run(
    articles: number,
    levels: Array<[number, number]>,
    ids: string[],
    oneId: string,
    progress: (s: string) => void,
  ): Promise<ScaleLatency> {
    const texts = (list: string[]): string[] => list.flatMap((id) => ['quotes', `digest ${id}`, 'articles']);
    const commands = (list: string[]) =>
      list.flatMap((id) => [
        { name: 'quotes', options: {} },
        { name: 'digest', options: { article: id } },
        { name: 'articles', options: {} },
      ]);
    const slack = (side: Side, list: string[]): Target => ({
      run: (n, concurrency, warmup) =>
        this.gen.call<LoadResult>(
          'slack.load',
          {
            name: side.name,
            target: `http://127.0.0.1:${side.slack.port}/slack/events`,
            n,
            concurrency,
            warmup,
            texts: texts(list),
            deadlineMs: DEADLINE_MS,
          },
          DEADLINE_MS * 2 + 10_000,
        ),
    });
    const discord = (side: Side, list: string[]): Target => ({
      run: (n, concurrency, warmup) =>
        this.gen.call<LoadResult>(
          'discord.load',
          { name: side.name, n, concurrency, warmup, commands: commands(list), deadlineMs: DEADLINE_MS },
          DEADLINE_MS * 2 + 10_000,
        ),
    });
    const label = `scale ${articles.toLocaleString('en')}`;
    return {
      articles,
      slack: await compare(slack(this.big, ids), slack(this.one, [oneId]), levels, progress, `${label} slack`),
      discord: await compare(discord(this.big, ids), discord(this.one, [oneId]), levels, progress, `${label} discord`),
    };
  }

  async close(): Promise<void> {
    await stopSide(this.big);
    await stopSide(this.one);
  }
}

async function stopSide(s: Side): Promise<void> {
  await s.slack.stop().catch(() => {});
  await s.discord.stop().catch(() => {});
}
