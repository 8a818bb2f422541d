/**
 * The bot for the memory benchmark, in its own process (run with --expose-gc) so that its resident
 * memory is Herald's alone: the real core with 100 articles, the Discord and Slack adapters against the
 * fakes in the parent process, and the scheduler. `measure` forces garbage collection and reads memory.
 * Herald's modules are imported only by `load`, so that a reading before it shows what Node and the tsx
 * loader take by themselves.
 */
import type { DiscordAdapter } from '../../adapters/discord/index.js';
import type { Poster } from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import type { Scheduler } from '../../src/schedule/scheduler.js';
import { serve } from './child.js';
import { measure } from './mem-reading.js';
import type { World } from './herald.js';

let w: World | null = null;
let discordAdapter: DiscordAdapter | null = null;
let scheduler: Scheduler | null = null;
const adapters: Array<Poster & CommandReceiver> = [];
let modules: {
  herald: typeof import('./herald.js');
  scheduler: typeof import('../../src/schedule/scheduler.js');
  chat: typeof import('../../src/clock.js');
} | null = null;

serve(
  {
    load: async () => {
      modules = {
        herald: await import('./herald.js'),
        scheduler: await import('../../src/schedule/scheduler.js'),
        chat: await import('../../src/clock.js'),
      };
      return true;
    },
    start: async (a: {
      files: Record<string, string>;
      discord: { apiUrl: string; token: string; applicationId: string };
      slackApiUrl: string;
    }) => {
      if (!modules) throw new Error('load first');
      const { herald } = modules;
      w = await herald.world({ seed: false, files: a.files });
      const discord = herald.discordAdapter(a.discord, w.log);
      const slack = herald.slackAdapter(a.slackApiUrl, w.log);
      adapters.push(discord, slack);
      discordAdapter = discord;
      scheduler = new modules.scheduler.Scheduler({
        store: w.store,
        library: w.library,
        posters: new Map(adapters.map((x) => [x.platform, x])),
        log: w.log,
        clock: modules.chat.systemClock,
        maxRetries: 3,
        backoffMs: 1000,
        holder: 'bench',
        exclusive: true,
      });
      for (const x of adapters) await x.start(w.bus);
      await scheduler.start();
      // From the index alone: library.list() would compute (and cache) a digest for every article.
      const articles = (await w.store.articles.newest(1000)).map((x) => x.id);
      return { slackPort: slack.port, articles };
    },
    measure,
    // Sizes of the caches that grow with use, to tell a leak from a cache filling up.
    inspect: () => {
      // No discord.js Client, so no channel, user or guild caches: only the REST client's.
      const rest = discordAdapter?.rest;
      return {
        discordRestHandlers: rest?.handlers.size ?? null,
        discordRestHashes: rest?.hashes.size ?? null,
      };
    },
  },
  async () => {
    await scheduler?.stop(3000);
    for (const x of adapters) await x.stop().catch(() => {});
    await w?.close();
  },
);
