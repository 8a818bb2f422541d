import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqliteDriver } from './sqlite-driver.js';
import { SqlStore } from './sql-store.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';
import { refuseMigrationInUse } from './instance-lock.js';
import { SchemaTooNewError, StoreInUseError, StoreOpenError } from '../errors.js';

/** The embedded store: one SQLite file in WAL mode, migrated at open. */
export class SqliteStore extends SqlStore {
  declare readonly db: SqliteDriver;

  /**
   * Opens (creating the file and its folder when missing) and migrates. Throws StoreOpenError naming
   * opts.setting (default HERALD_DB) and the fix when the file cannot be a database here.
   */
  static async open(path: string, opts: { lockWaitMs?: number; setting?: string } = {}): Promise<SqliteStore> {
    const setting = opts.setting ?? 'HERALD_DB';
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
    } catch (err) {
      throw openError(path, setting, err);
    }
    const store = new SqliteStore(new SqliteDriver(db, opts.lockWaitMs));
    try {
      if ((db.pragma('user_version', { simple: true }) as number) < MIGRATIONS.length)
        await refuseMigrationInUse(store.db, path, setting);
      await migrate(store.db);
    } catch (err) {
      await store.close().catch(() => {});
      if (err instanceof StoreInUseError) throw err;
      throw openError(path, setting, err);
    }
    return store;
  }
}

function openError(path: string, setting: string, err: unknown): StoreOpenError {
  const code = (err as { code?: string } | null)?.code ?? '';
  const why = err instanceof Error ? err.message : String(err);
  const fix =
    err instanceof SchemaTooNewError
      ? err.fix
      : code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT'
        ? `it is not a Herald database (or is damaged): point ${setting} at another file, or move this one away`
        : code === 'SQLITE_CANTOPEN' ||
            code === 'EISDIR' ||
            code === 'EACCES' ||
            code === 'SQLITE_READONLY' ||
            code === 'EROFS' ||
            code === 'ENOTDIR'
          ? `set ${setting} to a file path in a folder Herald can write (e.g. data/herald.db)`
          : `check ${setting} (a SQLite file path, or a postgres:// URL)`;
  return new StoreOpenError(`${setting}=${path}: cannot open the database (${why}); ${fix}`, { cause: err });
}
