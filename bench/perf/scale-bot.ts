/**
 * The bot of the scale memory figure, in its own process (bundled by esbuild and run by plain node with
 * --expose-gc, as `npm start` runs Herald): started on a folder and database the scale section prepared,
 * wired as adapters/main.ts wires it — the store, ArticleFiles (a pass over the folder, then fs.watch
 * with the default rescan every 60 s), the library, the bus, both adapters against the fakes in the
 * parent process, the scheduler with every subscription the database holds.
 */
import { join } from 'node:path';
import { ArticleFiles } from '../../src/library/files.js';
import { ArticleLibrary } from '../../src/library/library.js';
import type { Poster } from '../../src/chat/poster.js';
import type { CommandReceiver } from '../../src/commands/receiver.js';
import { CommandBus } from '../../src/commands/bus.js';
import { Scheduler } from '../../src/schedule/scheduler.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { serve } from './child.js';
import { discordAdapter, quietLogger, slackAdapter } from './herald.js';
import { measure } from './mem-reading.js';
import { systemClock } from '../../src/clock.js';

let store: SqliteStore | null = null;
let files: ArticleFiles | null = null;
let scheduler: Scheduler | null = null;
const adapters: Array<Poster & CommandReceiver> = [];

serve(
  {
    start: async (a: {
      root: string;
      discord: { apiUrl: string; token: string; applicationId: string };
      slackApiUrl: string;
    }) => {
      const t0 = performance.now();
      const log = quietLogger();
      store = await SqliteStore.open(join(a.root, 'herald.db'));
      files = new ArticleFiles({ dir: join(a.root, 'digests'), store: store.articles, clock: systemClock });
      const synced = await files.sync();
      files.watch();
      const t1 = performance.now();
      const library = new ArticleLibrary(files.dir, store.articles, files);
      const bus = new CommandBus(
        { library, store, defaultTimeZone: 'UTC', onSubscriptionsChanged: () => {} },
        log,
        systemClock,
      );
      adapters.push(discordAdapter(a.discord, log), slackAdapter(a.slackApiUrl, log));
      scheduler = new Scheduler({
        store,
        library,
        posters: new Map(adapters.map((x) => [x.platform, x])),
        log,
        clock: systemClock,
        maxRetries: 3,
        backoffMs: 1000,
        holder: 'bench-bot',
        exclusive: true,
      });
      for (const x of adapters) await x.start(bus);
      await scheduler.start();
      const slack = adapters[1] as ReturnType<typeof slackAdapter>;
      return {
        slackPort: slack.port,
        articles: await store.articles.count(),
        tasks: scheduler.size,
        changedAtStart: synced.added.length + synced.changed.length,
        syncMs: Math.round(t1 - t0),
        startMs: Math.round(performance.now() - t0),
      };
    },
    measure,
  },
  async () => {
    await scheduler?.stop(3000);
    for (const x of adapters) await x.stop().catch(() => {});
    files?.stop();
    await store?.close();
  },
);
