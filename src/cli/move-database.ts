import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { databaseVariable, loadConfig } from '../config/config.js';
import { isPostgresUrl } from '../store/open.js';
import { SqliteStore } from '../store/sqlite.js';
import { SqliteDriver } from '../store/sqlite-driver.js';
import { hidePassword } from '../store/db-url.js';
import { holdInstanceLock, runningHerald } from '../store/instance-lock.js';
import { clearMoved, markMoved } from '../store/moved-mark.js';
import { MIGRATIONS } from '../store/migrations.js';
import { migrate } from '../store/migrate.js';
import {
  copyDatabase,
  postgresSchemaVersion,
  postgresTables,
  refuseForeign,
  refuseHeld,
  rowsHeld,
  sqliteTables,
} from '../store/move.js';
import { MoveRefusedError, SchemaTooNewError, StoreInUseError, UsageError } from '../errors.js';

/** What each table holds, as the summary names it; a table not listed here is named as it is. */
const KINDS: Record<string, string> = {
  subscriptions: 'subscriptions (schedule, time zone, sources, topics, cursor)',
  deliveries: 'deliveries (what each channel has had)',
  articles: 'articles in the index',
  sources: 'news sources',
  source_seen: 'items the sources have seen',
  source_follows: 'sources followed by a community',
  article_sources: 'stories also carried by another source',
  removed_files: 'removed files remembered (so they are not new when put back)',
  retired_names: 'file names whose last story is remembered',
  edited_texts: 'texts files held before an edit (a copy made before it is the same story)',
  counters: 'counters',
  meta: 'settings (the articles folder mirrored)',
  seen_requests: 'signed requests answered',
};

/**
 * `herald move-database --to postgres://…`: copies the SQLite database HERALD_DB (or DATABASE_URL)
 * names into an empty PostgreSQL database, both at this release's schema, in one transaction, and
 * prints what it copied and the next step. The SQLite file stays as a backup, marked so that Herald
 * will not start on it again (`--reopen` unmarks it). Refuses with MoveRefusedError (exit 2) when
 * the file is in use by a running Herald, the target is not an empty PostgreSQL database, or either
 * schema is newer than this release's.
 */
export async function runMoveDatabase(to: string | undefined, opts: { reopen?: boolean } = {}): Promise<void> {
  if (opts.reopen) return reopen(to);
  if (to === undefined || to.trim() === '')
    throw new UsageError('move-database needs --to postgres://user:password@host:5432/database (an empty database)');
  // The value is not echoed: something that is not a postgres:// URL may still hold a password.
  if (!isPostgresUrl(to))
    throw new MoveRefusedError(
      '--to must be a PostgreSQL URL (postgres://user:password@host:5432/database): move-database copies the SQLite database into PostgreSQL.',
    );
  const { setting, from } = sqliteFile('move it');
  const target = `--to=${hidePassword(to)}`;
  // Everything that refuses the move is looked at before either database is changed.
  await checkSource(from, setting);
  const { PostgresStore } = await import('../store/postgres.js');
  const pg = await PostgresStore.open(to, { setting: '--to', max: 2, migrate: false });
  try {
    refuseHeld(target, await rowsHeld(pg.db, await postgresTables(pg.db)));
    const version = await postgresSchemaVersion(pg.db);
    if (version > MIGRATIONS.length) throw newer(target, new SchemaTooNewError(version, MIGRATIONS.length));
    // Another application's database: its tables would stand beside Herald's, and the copy refuse.
    // With no schema version Herald never made a table there, whatever the names (an `articles`).
    refuseForeign(target, await postgresTables(pg.db), version === 0 ? [] : await heraldTables());
    const store = await SqliteStore.open(from, { setting });
    let release = async (): Promise<void> => {};
    try {
      // Held until the copy is done: a Herald started on the file meanwhile would post what is not copied.
      release = await holdInstanceLock(store.db, from, `move-database:${hostname()}:${process.pid}`).catch(
        async (err: unknown) => {
          if (!(err instanceof StoreInUseError)) throw err;
          throw inUse(from, setting, await runningHerald(store.db));
        },
      );
      const reader = new Database(from, { readonly: true, fileMustExist: true });
      try {
        await migrate(pg.db);
        process.stderr.write(`Copying ${setting}=${from} into ${hidePassword(to)} …\n`);
        const copied = await copyDatabase(reader, pg.db, target);
        // After the commit: a failed copy leaves the file as Herald's, a finished one stops a start on it.
        await markMoved(store.db, hidePassword(to));
        summarise(copied, from, to, setting);
      } finally {
        reader.close();
      }
    } finally {
      await release();
      await store.close();
    }
  } finally {
    await pg.close();
  }
}

// The tables of this release's schema, from a database migrated in memory: looked at before the file
// is opened, since opening it brings it to this release's schema, and an older file may lack some.
async function heraldTables(): Promise<string[]> {
  const fresh = new Database(':memory:');
  try {
    await migrate(new SqliteDriver(fresh));
    return sqliteTables(fresh);
  } finally {
    fresh.close();
  }
}

/** The SQLite file HERALD_DB (or DATABASE_URL) names, or MoveRefusedError saying what to set. */
function sqliteFile(purpose: string): { setting: string; from: string } {
  const setting = databaseVariable();
  const from = loadConfig().HERALD_DB;
  if (isPostgresUrl(from))
    throw new MoveRefusedError(
      `${setting}=${hidePassword(from)} is PostgreSQL already: move-database works on a SQLite file; set ${setting} to that file (default data/herald.db) to ${purpose}.`,
    );
  if (from === ':memory:' || !existsSync(from))
    throw new MoveRefusedError(
      `${setting}=${from}: no such file, so there is nothing to ${purpose.replace(/ it$/, '')}; set ${setting} to the SQLite file Herald has run on (default data/herald.db).`,
    );
  return { setting, from };
}

/**
 * `--reopen`: takes away the mark a move left, so Herald starts on the file again (the way back when
 * the PostgreSQL copy is given up). What that copy posted since is not known to the file.
 */
async function reopen(to: string | undefined): Promise<void> {
  if (to !== undefined) throw new UsageError('move-database --reopen takes no --to: it only unmarks the SQLite file');
  const { setting, from } = sqliteFile('reopen it');
  await checkSource(from, setting, true);
  const store = await SqliteStore.open(from, { setting });
  try {
    const had = await clearMoved(store.db);
    process.stdout.write(
      had
        ? `${setting}=${from} is no longer marked as moved: Herald starts on it again. Channels will be posted what is new to this file, including what the PostgreSQL copy posted after the move.\n`
        : `${setting}=${from} was not marked as moved: nothing to do.\n`,
    );
  } finally {
    await store.close();
  }
}

// Before the file is migrated: a running Herald, or a newer release's schema, leaves it untouched.
async function checkSource(path: string, setting: string, reopening = false): Promise<void> {
  let db: Database.Database | null = null;
  let version: number;
  let running: { pid: number; host: string } | null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const reader = db;
    version = reader.pragma('user_version', { simple: true }) as number;
    running = await runningHerald({ get: async <T>(sql: string) => reader.prepare(sql).get() as T | undefined });
  } catch {
    // Not a database Herald can read: opening it as Herald does says why, naming the setting.
    return;
  } finally {
    db?.close();
  }
  if (running) throw inUse(path, setting, running, reopening);
  if (version > MIGRATIONS.length) throw newer(`${setting}=${path}`, new SchemaTooNewError(version, MIGRATIONS.length));
}

function inUse(
  path: string,
  setting: string,
  who: { pid: number; host: string } | null,
  reopening = false,
): MoveRefusedError {
  const running = `${setting}=${path} is in use by a running Herald${who ? ` (pid ${who.pid} on ${who.host})` : ''}`;
  return new MoveRefusedError(
    reopening
      ? `${running}: stop it first.`
      : `${running}: stop it first, then run move-database again (what it posted during the move would not be copied).`,
  );
}

function newer(where: string, err: SchemaTooNewError): MoveRefusedError {
  return new MoveRefusedError(
    `${where} was last used by a newer Herald (schema ${err.found}; this release knows up to ${err.known}): run move-database of that release or a newer one.`,
  );
}

function summarise(copied: Map<string, number>, from: string, to: string, setting: string): void {
  // The kinds in KINDS's order, then any other table; a kind of the first five is shown even at 0.
  const order = [...Object.keys(KINDS), ...[...copied.keys()].filter((t) => !Object.hasOwn(KINDS, t))];
  const shown = order.filter((t, i) => copied.has(t) && (i < 5 || (copied.get(t) ?? 0) > 0));
  const count = (t: string): string => (copied.get(t) ?? 0).toLocaleString('en-US');
  const width = Math.max(...shown.map((t) => count(t).length));
  const lines = shown.map((t) => `  ${count(t).padStart(width)}  ${Object.hasOwn(KINDS, t) ? KINDS[t] : t}`);
  process.stdout.write(
    [
      'Copied, in one transaction:',
      ...lines,
      'Left out: what belonged to the Herald process that ran on the file (its lock, claim leases, heartbeats).',
      `Next: set ${setting}=${hidePassword(to)} (with your password, on every instance), then start Herald.`,
      `${from} is kept as a backup, marked as moved: Herald will not start on it again (channels would be posted to twice).`,
      '',
    ].join('\n'),
  );
}
