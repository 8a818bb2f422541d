import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteStore } from '../../src/store/sqlite.js';

const main = ['--import', 'tsx', 'adapters/main.ts'];

function env(root: string, db: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: root,
    LOG_LEVEL: 'warn',
    HERALD_DB: db,
    HERALD_DIGESTS_DIR: join(root, 'digests'),
    HERALD_CONSOLE: 'on',
  };
}

describe('one Herald process per SQLite file', () => {
  it('refuses a second process on the same file with one line naming HERALD_DB (or DATABASE_URL) and PostgreSQL', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-lock-'));
    mkdirSync(join(root, 'digests'));
    copyFileSync('digests/2024-11-24-kursk.txt', join(root, 'digests', '2024-11-24-kursk.txt'));
    const db = join(root, 'herald.db');
    const first = spawn(process.execPath, main, { env: env(root, db), stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    first.stdout.on('data', (d: Buffer) => (out += d.toString()));
    try {
      for (const end = Date.now() + 20_000; !out.includes('Kursk Oblast') && Date.now() < end; )
        await new Promise((r) => setTimeout(r, 50));
      expect(out).toContain('Kursk Oblast');
      const second = spawnSync(process.execPath, main, {
        env: env(root, db),
        encoding: 'utf8',
        timeout: 20_000,
        input: '',
      });
      expect(second.status).toBe(2);
      expect(second.stdout).toBe('');
      const lines = second.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^herald: HERALD_DB=${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by another Herald \\(pid ${first.pid} `,
        ),
      );
      expect(lines[0]).toMatch(
        /PostgreSQL \(HERALD_DB=postgres:\/\/…; `npm run herald -- move-database --to postgres:\/\/…` takes this file's data there\)\.$/,
      );
      // Given as DATABASE_URL (as hosting platforms set it), the refusal names that variable.
      const third = spawnSync(process.execPath, main, {
        env: { ...env(root, ''), DATABASE_URL: db },
        encoding: 'utf8',
        timeout: 20_000,
        input: '',
      });
      expect(third.status).toBe(2);
      expect(third.stderr.trim()).toMatch(
        /^herald: DATABASE_URL=.* in use by another Herald .* its own DATABASE_URL, /,
      );
    } finally {
      first.kill('SIGTERM');
    }
    expect(await new Promise((r) => first.once('exit', r))).toBe(0);
    // Once the first has stopped, the file is free again.
    const check = new Database(db, { readonly: true });
    expect(check.prepare(`SELECT value FROM meta WHERE key = 'instance'`).get()).toBeUndefined();
    check.close();
  }, 60_000);

  it('exits 2 with one line naming HERALD_DB when the database cannot be opened', () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-bad-db-'));
    mkdirSync(join(root, 'digests'));
    const db = join(root, 'notes.db');
    writeFileSync(db, 'not a database at all '.repeat(100));
    const r = spawnSync(process.execPath, main, { env: env(root, db), encoding: 'utf8', timeout: 20_000, input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^herald: HERALD_DB=.*notes\.db: cannot open the database \(.*\); it is not a Herald database/,
    );
  }, 30_000);

  it('refuses a database a newer Herald has migrated (an older release started after an upgrade), naming the fix', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-newer-db-'));
    mkdirSync(join(root, 'digests'));
    const db = join(root, 'herald.db');
    const store = await SqliteStore.open(db);
    await store.close();
    const file = new Database(db);
    const known = Number(file.pragma('user_version', { simple: true }));
    file.pragma(`user_version = ${known + 1}`);
    file.close();
    const r = spawnSync(process.execPath, main, { env: env(root, db), encoding: 'utf8', timeout: 20_000, input: '' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      `herald: HERALD_DB=${db}: cannot open the database (it was last used by a newer Herald (schema ${known + 1}; this release knows up to ${known})); run that release or a newer one, or restore the backup made before the upgrade`,
    ]);
  }, 30_000);

  it('refuses to migrate a file an older Herald still runs on (an upgrade started before stopping it), leaving it unchanged', async () => {
    const root = mkdtempSync(join(tmpdir(), 'herald-upgrade-running-'));
    mkdirSync(join(root, 'digests'));
    const db = join(root, 'herald.db');
    await (await SqliteStore.open(db)).close();
    // The file as the previous release left it, and that release still running on it (a live process).
    const older = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const file = new Database(db);
      const known = Number(file.pragma('user_version', { simple: true }));
      file.exec('DROP TABLE article_sources');
      file.pragma(`user_version = ${known - 1}`);
      const holder = { holder: 'older', pid: older.pid, host: hostname(), beat: Date.now() };
      file.prepare(`INSERT INTO meta (key, value) VALUES ('instance', ?)`).run(JSON.stringify(holder));
      file.close();
      const r = spawnSync(process.execPath, main, { env: env(root, db), encoding: 'utf8', timeout: 20_000, input: '' });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([
        `herald: HERALD_DB=${db} is in use by another Herald (pid ${older.pid} on ${hostname()}), an older release: stop it before starting this one, which migrates the database at start (the database is unchanged).`,
      ]);
      const after = new Database(db, { readonly: true });
      expect(after.pragma('user_version', { simple: true })).toBe(known - 1);
      after.close();
    } finally {
      older.kill();
    }
  }, 30_000);
});
