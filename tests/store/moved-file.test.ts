import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import pg from 'pg';
import { freshSchema, havePostgres } from '../support/postgres.js';
import { moveDatabase, sqliteWorld } from './move-world.js';

const enabled = havePostgres();
const PASSWORD = 'n0t-for-the-log';
const main = ['--import', 'tsx', 'adapters/main.ts'];
const cleanup: Array<() => unknown> = [];
afterEach(() => {
  while (cleanup.length) cleanup.pop()?.();
});

async function target(): Promise<{ url: string; shown: string }> {
  const u = new URL(await freshSchema());
  u.username ||= 'postgres';
  u.password = PASSWORD;
  return { url: u.toString(), shown: u.toString().replace(`:${PASSWORD}@`, ':***@') };
}

const env = (db: string, dir: string): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH ?? '',
  LOG_LEVEL: 'warn',
  HERALD_DB: db,
  HERALD_DIGESTS_DIR: dir,
  HERALD_CONSOLE: 'on',
});

/** `npm start` on the file, with nothing typed: how it ends within 20 s (null: it is still running). */
function startOn(db: string, dir: string) {
  return spawnSync(process.execPath, main, { env: env(db, dir), encoding: 'utf8', timeout: 20_000, input: '' });
}

/** Starts Herald on the file until it asks for commands (it runs), then stops it: what it printed. */
async function runsOn(db: string, dir: string): Promise<string> {
  const child = spawn(process.execPath, main, { env: env(db, dir), stdio: ['pipe', 'pipe', 'pipe'] });
  cleanup.push(() => child.kill('SIGKILL'));
  const ended = new Promise((r) => child.once('exit', r));
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const end = Date.now() + 20_000;
  while (!out.includes('Type a command') && child.exitCode === null && Date.now() < end)
    await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGTERM');
  await ended;
  return out;
}

describe.runIf(enabled)('a SQLite file move-database moved', () => {
  it('refuses a start on it, naming where it went; a second move does not carry the mark; --reopen lets it start', async () => {
    const w = await sqliteWorld();
    await w.scheduler.stop(1000);
    await w.store.close();
    const first = await target();
    const moved = moveDatabase(w.dbPath, ['--to', first.url]);
    expect(moved.code).toBe(0);
    expect(moved.stdout).toContain(`${w.dbPath} is kept as a backup, marked as moved`);

    // Started on the old file by mistake, Herald would post again what the copy posts: it refuses.
    const refused = startOn(w.dbPath, w.dir);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^herald: HERALD_DB=\S+ was moved to postgres:\/\/postgres:\*\*\*@\S+ on \d{4}-\d\d-\d\d by move-database; /,
    );
    expect(lines[0]).toContain(first.shown);
    expect(lines[0]).toContain('npm run herald -- move-database --reopen');
    expect(refused.stderr).not.toContain(PASSWORD);

    // Moved again into another database (the first was the wrong one): the mark stays in the file only.
    const second = await target();
    expect(moveDatabase(w.dbPath, ['--to', second.url]).code).toBe(0);
    const client = new pg.Client({ connectionString: second.url });
    await client.connect();
    const keys = (await client.query<{ key: string }>('SELECT key FROM meta ORDER BY key')).rows.map((r) => r.key);
    await client.end();
    expect(keys).toEqual(['articles_folder']);
    expect(startOn(w.dbPath, w.dir).stderr).toContain(second.shown);

    // The way back: unmarked, it starts and answers again.
    const reopened = moveDatabase(w.dbPath, ['--reopen']);
    expect(reopened.code).toBe(0);
    expect(reopened.stdout).toMatch(/^HERALD_DB=\S+ is no longer marked as moved: Herald starts on it again\./);
    expect(await runsOn(w.dbPath, w.dir)).toContain('Type a command');
    const again = moveDatabase(w.dbPath, ['--reopen']);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/was not marked as moved: nothing to do\.$/m);
  }, 90_000);
});
