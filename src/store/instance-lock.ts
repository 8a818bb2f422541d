import { hostname } from 'node:os';
import type { SqlDriver } from './sql.js';
import { StoreInUseError } from '../errors.js';

/** How often the lock's holder says it is alive, and after how long without that another may take it. */
const BEAT_MS = 5_000;
const STALE_MS = 20_000;

interface Holder {
  holder: string;
  pid: number;
  host: string;
  beat: number;
}

/**
 * Makes this process the only Herald on a SQLite file: a second one would post everything twice.
 * The holder is recorded in the database and renews it every few seconds; a holder on this machine
 * whose process is gone (a crash) is replaced at once, one elsewhere once it stops renewing. Throws
 * StoreInUseError naming `setting` (the variable the path came from) and PostgreSQL. Returns the
 * function that lets go.
 */
export async function holdInstanceLock(
  db: SqlDriver,
  path: string,
  holder: string,
  setting: 'HERALD_DB' | 'DATABASE_URL' = 'HERALD_DB',
  now: () => number = Date.now,
): Promise<() => Promise<void>> {
  const me: Holder = { holder, pid: process.pid, host: hostname(), beat: now() };
  await db.tx(async (q) => {
    const row = await q.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'instance'`);
    const other = row ? (JSON.parse(row.value) as Holder) : null;
    if (other && other.holder !== holder && alive(other, me, now())) {
      throw new StoreInUseError(
        `${setting}=${path} is in use by another Herald (pid ${other.pid} on ${other.host}); a second one on the same SQLite file would post everything twice. ` +
          `Stop the other one, give this one its own ${setting}, or run several instances on PostgreSQL (${setting}=postgres://…; ` +
          "`npm run herald -- move-database --to postgres://…` takes this file's data there).",
      );
    }
    await q.run(
      `INSERT INTO meta (key, value) VALUES ('instance', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [JSON.stringify(me)],
    );
  });
  const timer = setInterval(() => {
    void db
      .run(`UPDATE meta SET value = ? WHERE key = 'instance' AND value LIKE ?`, [
        JSON.stringify({ ...me, beat: now() }),
        `{"holder":${JSON.stringify(holder)},%`,
      ])
      .catch(() => {});
  }, BEAT_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await db
      .run(`DELETE FROM meta WHERE key = 'instance' AND value LIKE ?`, [`{"holder":${JSON.stringify(holder)},%`])
      .catch(() => {});
  };
}

function alive(other: Holder, me: Holder, at: number): boolean {
  if (other.host === me.host) {
    try {
      process.kill(other.pid, 0);
      return other.pid !== me.pid;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  }
  return at - other.beat < STALE_MS;
}

/**
 * The Herald that holds a SQLite file's instance lock and is still running (on this machine: its
 * process is there; elsewhere: it renewed the lock lately), or null. Reads only; a file without the
 * lock's table (new, or from before it) has none.
 */
export async function runningHerald(
  db: Pick<SqlDriver, 'get'>,
  now: () => number = Date.now,
): Promise<{ pid: number; host: string } | null> {
  const hasMeta = await db.get(`SELECT 1 AS one FROM sqlite_master WHERE type = 'table' AND name = 'meta'`);
  if (!hasMeta) return null;
  const row = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'instance'`);
  const other = row ? (JSON.parse(row.value) as Holder) : null;
  const me: Holder = { holder: '', pid: process.pid, host: hostname(), beat: now() };
  return other && alive(other, me, now()) ? { pid: other.pid, host: other.host } : null;
}

/**
 * Refuses to change a SQLite file's schema while another Herald runs on it (an upgrade started before
 * the old release was stopped): migrating under it would leave it running on tables it does not keep
 * up to date, and the older release could no longer start on the file. Reads only. Throws
 * StoreInUseError naming `setting`.
 */
export async function refuseMigrationInUse(
  db: SqlDriver,
  path: string,
  setting: string,
  now: () => number = Date.now,
): Promise<void> {
  const other = await runningHerald(db, now);
  if (!other) return;
  throw new StoreInUseError(
    `${setting}=${path} is in use by another Herald (pid ${other.pid} on ${other.host}), an older release: ` +
      'stop it before starting this one, which migrates the database at start (the database is unchanged).',
  );
}
