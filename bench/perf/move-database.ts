/**
 * `herald move-database` at volume: a SQLite Herald with N source articles (CNN/DM texts from the
 * shared eval set), two channels that have had every one of them, and the seen keys, moved to a new
 * schema of the PostgreSQL server DATABASE_URL names by the bundled CLI (run `npm run build` first),
 * under /usr/bin/time for its wall time and peak resident memory.
 *
 *   npx tsx bench/perf/move-database.ts [--articles 20000,2000] [--data ../shared/eval]
 *   HEAP=40 npx tsx bench/perf/move-database.ts   (the move under a 40 MB heap: memory held, not garbage)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { SqliteStore } from '../../src/store/sqlite.js';
import { NEVER_FETCHED } from '../../src/store/types.js';
import { loadEvalArticles } from './eval-text.js';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '20000,2000' }, data: { type: 'string', default: '../shared/eval' } },
});
const url = process.env.DATABASE_URL;
if (!url) throw new Error('set DATABASE_URL (source scripts/postgres-throwaway.sh)');
const texts = loadEvalArticles(values.data ?? '../shared/eval');

async function sqliteHerald(n: number, path: string): Promise<void> {
  const store = await SqliteStore.open(path);
  const at = '2024-11-24T12:00:00Z';
  await store.sources.addSource(
    {
      ...NEVER_FETCHED,
      fetchedOnce: true,
      url: 'https://wire.example/feed',
      name: 'Wire',
      everyMinutes: 15,
      origin: 'chat',
      addedBy: 'u',
      addedAt: at,
    },
    'wire',
  );
  for (let from = 0; from < n; from += 500) {
    const articles = Array.from({ length: Math.min(500, n - from) }, (_, k) => {
      const i = from + k;
      const t = texts[i % texts.length];
      return {
        idBase: `2024-11-24-story-${i}`,
        keys: [`guid:wire:${i}`],
        article: {
          sourceId: 'wire',
          sourceName: 'Wire',
          url: null,
          guid: String(i),
          title: `Story ${i}`,
          date: '2024-11-24',
          text: `${t?.text ?? ''}\n\nItem ${i}.`,
          createdAt: at,
        },
      };
    });
    await store.sources.commitFetch({
      sourceId: 'wire',
      at,
      etag: null,
      lastModified: null,
      nextFetchAt: at,
      name: null,
      seen: [],
      articles,
    });
  }
  await store.db.tx(async (q) => {
    for (const channel of ['c1', 'c2']) {
      await q.run(
        `INSERT INTO subscriptions (platform, channel_id, cron, schedule, time_zone, created_by, created_at, cursor, format) VALUES ('discord', ?, '0 8 * * *', 'daily 08:00', 'Europe/Kyiv', 'u', ?, ?, 'each')`,
        [channel, at, n],
      );
      await q.run(
        `INSERT INTO deliveries (platform, channel_id, article_id, status, attempts, sent_at, message_id) SELECT 'discord', ?, id, 'sent', 1, ?, 'm' || seq FROM articles`,
        [channel, at],
      );
    }
  });
  await store.close();
}

for (const n of (values.articles ?? '20000').split(',').map(Number)) {
  const root = mkdtempSync(join(tmpdir(), 'herald-move-bench-'));
  const path = join(root, 'herald.db');
  await sqliteHerald(n, path);
  const schema = `herald_move_${n}_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const to = new URL(url);
  to.searchParams.set('options', `-c search_path=${schema}`);
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e s wall, %U s user, peak RSS %M KB',
      process.execPath,
      // HEAP=40 runs the move with a 40 MB heap: what it keeps at once, whatever the garbage left to collect.
      ...(process.env.HEAP ? [`--max-old-space-size=${process.env.HEAP}`] : []),
      'dist/cli.js',
      'move-database',
      '--to',
      to.toString(),
    ],
    { env: { PATH: process.env.PATH, HERALD_DB: path }, encoding: 'utf8' },
  );
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
  process.stdout.write(
    `${n} articles, SQLite file ${(statSync(path).size / 1e6).toFixed(1)} MB\n${r.stdout}${r.stderr}\n`,
  );
  rmSync(root, { recursive: true, force: true });
}
