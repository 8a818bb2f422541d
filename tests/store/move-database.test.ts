import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import pg from 'pg';
import { holdInstanceLock } from '../../src/store/instance-lock.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { LEFT_OUT_TABLES } from '../../src/store/move.js';
import { freshSchema, havePostgres } from '../support/postgres.js';
import { makeWorld } from '../support/services.js';
import {
  CHANNELS,
  caller,
  countRows,
  moveDatabase,
  postgresHerald,
  slot,
  sqliteWorld,
  statusOf,
} from './move-world.js';

const enabled = havePostgres();
const PASSWORD = 'n0t-for-the-terminal';
const cleanup: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (cleanup.length) await cleanup.pop()?.();
});

/** A new empty PostgreSQL database (a schema of the test server) whose URL carries a password. */
async function target(): Promise<{ url: string; shown: string }> {
  const u = new URL(await freshSchema());
  u.username ||= 'postgres';
  u.password = PASSWORD;
  const url = u.toString();
  return { url, shown: url.replace(`:${PASSWORD}@`, ':***@') };
}

/** The tables in the target's schema, with their row counts (none: nothing was created). */
async function tablesIn(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of rows) out[t] = Number((await client.query(`SELECT COUNT(*) AS n FROM ${t}`)).rows[0].n);
    return out;
  } finally {
    await client.end();
  }
}

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A refusal: exit 2, one line on stderr saying what to do, nothing on stdout, no password anywhere. */
function expectRefused(r: ReturnType<typeof moveDatabase>, line: RegExp): void {
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(line);
  expect(r.stderr).not.toContain(PASSWORD);
  expect(r.code).toBe(2);
}

describe.runIf(enabled)('herald move-database: a Herald on SQLite moves to PostgreSQL', () => {
  it('posts nothing again after the move, the next article once to each channel, and /status reads as before', async () => {
    const w = await sqliteWorld();
    expect(w.adapter.digestsTo('kyiv')).toHaveLength(5);
    expect(w.adapter.digestsTo('newyork')).toEqual(['2024-11-24-kursk', '2024-11-25-harbour', '2024-11-26-bridge']);
    await w.scheduler.stop(1000);
    await w.store.close();
    const { url, shown } = await target();

    const r = moveDatabase(w.dbPath, ['--to', url]);
    expect(r.stderr).not.toContain(PASSWORD);
    expect(r.stdout).not.toContain(PASSWORD);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ +2 {2}subscriptions \(/m);
    expect(r.stdout).toMatch(/^ +8 {2}deliveries \(what each channel has had\)$/m);
    expect(r.stdout).toMatch(/^ +4 {2}articles in the index$/m);
    expect(r.stdout).toMatch(/^ +2 {2}news sources$/m);
    expect(r.stdout).toContain(
      `Next: set HERALD_DB=${shown} (with your password, on every instance), then start Herald.`,
    );
    expect(r.stdout).toContain(`${w.dbPath} is kept as a backup, marked as moved`);

    const h = await postgresHerald(url, w.dir, w.clock);
    cleanup.push(async () => {
      await h.scheduler.stop(1000);
      await h.store.close();
    });
    expect(await statusOf(h.store, h.library, w.clock)).toEqual(w.status);
    // Started as an instance is, then each channel's next fire: nothing it had is posted again.
    await h.scheduler.start();
    for (const c of CHANNELS) {
      w.clock.set(slot(c, 28));
      await h.scheduler.fire('test', c, 'scheduled', new Date(slot(c, 28)));
    }
    expect(h.adapter.posts).toEqual([]);
    // The next new article comes after every channel's place: posted once to each.
    await h.addArticle('2024-11-28-ferry', '2024-11-28', 'The ferry to the islands will run twice a day from Friday.');
    for (const day of [29, 30])
      for (const c of CHANNELS) {
        w.clock.set(slot(c, day));
        await h.scheduler.fire('test', c, 'scheduled', new Date(slot(c, day)));
      }
    expect(h.adapter.digestsTo('kyiv')).toEqual(['2024-11-28-ferry']);
    expect(h.adapter.digestsTo('newyork')).toEqual(['2024-11-28-ferry']);
    expect(h.adapter.posts).toHaveLength(2);
  }, 40_000);

  it('copies every table of the schema but the per-process ones, leaves the file as it was, and continues the numbering', async () => {
    const w = await sqliteWorld();
    // What a SQLite Herald does not write, but the schema has: filled so that each table's copy shows.
    const c = w.store.coordination;
    await c.firstSeen('slack:request-1', Date.parse('2030-01-01'), Date.parse('2024-11-27T20:00:00Z'));
    await c.beat('old-process', '2024-11-27T19:59:00Z');
    await c.takeFire({ platform: 'test', channelId: 'kyiv', dueAt: slot('kyiv', 28), holder: 'old-process' }, 't');
    const lease = { platform: 'test', channelId: 'kyiv', articleId: 'cut-short', holder: 'old-process' };
    await w.store.claimDelivery({ ...lease, at: '2024-11-27T19:59:50Z', leaseUntil: '2099-01-01T00:00:00Z' });
    // A Herald that crashed leaves its lock behind, naming a process that is gone.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const lock = JSON.stringify({ holder: 'crashed', pid: gone, host: hostname(), beat: Date.now() });
    await w.store.db.run(`INSERT INTO meta (key, value) VALUES ('instance', ?)`, [lock]);
    await w.scheduler.stop(1000);
    await w.store.close();
    const file = new Database(w.dbPath, { readonly: true });
    const tables = (
      file.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    const count = (t: string) => (file.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    const before: Record<string, number> = Object.fromEntries(tables.map((t) => [t, count(t)]));
    const lastGiven = (file.prepare(`SELECT seq FROM sqlite_sequence WHERE name = 'articles'`).get() as { seq: number })
      .seq;
    const { url } = await target();

    expect(moveDatabase(w.dbPath, ['--to', url]).code).toBe(0);
    // The file is as it was, but for the crashed Herald's lock, which the move took and let go of, and
    // the mark that stops a start on it.
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
    expect(file.prepare(`SELECT key FROM meta WHERE key IN ('instance', 'moved_to')`).all()).toEqual([
      { key: 'moved_to' },
    ]);
    file.close();
    const copied = await tablesIn(url);
    expect(Object.keys(LEFT_OUT_TABLES).sort()).toEqual(['fires', 'instances']);
    for (const t of tables) {
      // A table a later migration adds must be filled above, so that its copy is seen here.
      expect(before[t], `the world fills ${t}`).toBeGreaterThan(0);
      const had = before[t] ?? 0;
      const expected = t in LEFT_OUT_TABLES ? 0 : t === 'meta' ? had - 1 : had;
      expect([t, copied[t]]).toEqual([t, expected]);
    }
    const h = await postgresHerald(url, w.dir, w.clock);
    cleanup.push(() => h.store.close());
    expect(await countRows(h.store, ['meta'])).toEqual({ meta: 1 }); // the articles folder, no lock
    // The stopped Herald's claim has no lease: taken over at once, as one that may have been posted.
    expect(await h.store.getDelivery('test', 'kyiv', 'cut-short')).toMatchObject({
      claimedBy: 'old-process',
      leaseUntil: null,
    });
    // Numbers continue after the last the file gave (the removed newest file's), not after the last row's.
    expect(await h.store.articles.maxSeq()).toBeLessThan(lastGiven);
    await h.addArticle('2024-11-28-ferry', '2024-11-28', 'The ferry to the islands will run twice a day from Friday.');
    expect((await h.store.articles.meta('2024-11-28-ferry'))?.seq).toBe(lastGiven + 1);
  }, 40_000);
});

describe.runIf(enabled)('herald move-database refuses, leaving both databases as they were', () => {
  /** A SQLite Herald with one subscription, closed. */
  async function small() {
    const w = await makeWorld();
    await w.bus.run('subscribe', { schedule: 'daily 08:00', timezone: 'Europe/Kyiv' }, caller('kyiv'));
    return w;
  }

  it('a file a running Herald has: stop it first', async () => {
    const w = await small();
    const release = await holdInstanceLock(w.store.db, w.dbPath, 'running-herald');
    cleanup.push(async () => {
      await release();
      await w.store.close();
    });
    const { url } = await target();
    expectRefused(
      moveDatabase(w.dbPath, ['--to', url]),
      new RegExp(
        `^herald: HERALD_DB=${literal(w.dbPath)} is in use by a running Herald \\(pid ${process.pid} on .+\\): stop it first, then run move-database again`,
      ),
    );
    expect(await tablesIn(url)).toEqual({});
  });

  it('a target that is not PostgreSQL, without echoing it', async () => {
    const w = await small();
    await w.store.close();
    expectRefused(
      moveDatabase(w.dbPath, ['--to', `mysql://herald:${PASSWORD}@db.internal/herald`]),
      /^herald: --to must be a PostgreSQL URL \(postgres:\/\/user:password@host:5432\/database\)/,
    );
    expectRefused(moveDatabase(w.dbPath, []), /^herald: move-database needs --to postgres:\/\//);
  });

  it('a target that holds Herald data: never merged or written over', async () => {
    const w = await small();
    await w.store.close();
    const { url, shown } = await target();
    expect(moveDatabase(w.dbPath, ['--to', url]).code).toBe(0);
    const held = await tablesIn(url);
    expectRefused(
      moveDatabase(w.dbPath, ['--to', url]),
      new RegExp(
        `^herald: --to=${literal(shown)} already holds data \\(1 subscription, 1 article\\): move-database copies only into an empty database, never over one\\. Give --to a new database`,
      ),
    );
    expect(await tablesIn(url)).toEqual(held);
  });

  it('a target that is another application’s database, its tables empty: refused, and nothing of Herald’s left there', async () => {
    const w = await small();
    await w.store.close();
    // A table of its own, and one that has a name Herald's schema has too.
    for (const table of ['wp_posts', 'articles']) {
      const { url, shown } = await target();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`CREATE TABLE ${table} (id INTEGER)`);
      await client.end();
      expectRefused(
        moveDatabase(w.dbPath, ['--to', url]),
        new RegExp(
          `^herald: --to=${literal(shown)} holds tables that are not Herald's \\(${table}\\): move-database copies only into an empty database, never beside another application\\. Give --to a new database`,
        ),
      );
      expect(await tablesIn(url)).toEqual({ [table]: 0 });
    }
  });

  it('a target of another application, with a file of the release before: the file is left at its schema too', async () => {
    const w = await small();
    await w.store.close();
    // The file as the release before this one left it (the last migration not run yet).
    const file = new Database(w.dbPath);
    file.exec('ALTER TABLE subscriptions DROP COLUMN prev_fire_at');
    file.pragma(`user_version = ${MIGRATIONS.length - 1}`);
    file.close();
    const { url } = await target();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE wp_posts (id INTEGER)');
    await client.end();
    expect(moveDatabase(w.dbPath, ['--to', url]).code).toBe(2);
    // Before: refused only after the file was brought to this release's schema (an older release then refused it).
    expect(new Database(w.dbPath).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length - 1);
  });

  it('a file a newer Herald has migrated: run that release’s move', async () => {
    const w = await small();
    await w.store.close();
    const file = new Database(w.dbPath);
    file.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    file.close();
    const { url } = await target();
    expectRefused(
      moveDatabase(w.dbPath, ['--to', url]),
      new RegExp(
        `^herald: HERALD_DB=${literal(w.dbPath)} was last used by a newer Herald \\(schema ${MIGRATIONS.length + 1}; this release knows up to ${MIGRATIONS.length}\\): run move-database of that release or a newer one\\.`,
      ),
    );
    expect(new Database(w.dbPath).pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
    expect(await tablesIn(url)).toEqual({});
  });

  it('a target a newer Herald has migrated, even with nothing in it', async () => {
    const w = await small();
    await w.store.close();
    const { url, shown } = await target();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('CREATE TABLE herald_schema (version INTEGER NOT NULL); INSERT INTO herald_schema VALUES (99)');
    await client.end();
    expectRefused(
      moveDatabase(w.dbPath, ['--to', url]),
      new RegExp(
        `^herald: --to=${literal(shown)} was last used by a newer Herald \\(schema 99; this release knows up to`,
      ),
    );
    expect(await tablesIn(url)).toEqual({ herald_schema: 1 });
  });
});

describe('herald move-database with no SQLite file to move', () => {
  it.each([
    [
      'a PostgreSQL HERALD_DB',
      `postgres://herald:${PASSWORD}@db.internal/herald`,
      /is PostgreSQL already: move-database works on a SQLite file; set HERALD_DB to that file \(default data\/herald\.db\) to move it\./,
    ],
    [
      'a file that is not there',
      '/nonexistent/herald.db',
      /^herald: HERALD_DB=\/nonexistent\/herald\.db: no such file, so there is nothing to move/,
    ],
  ])('refuses %s, naming the setting', (_name, db, line) => {
    expectRefused(moveDatabase(db, ['--to', `postgres://herald:${PASSWORD}@127.0.0.1:1/herald`]), line);
  });
});
