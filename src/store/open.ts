import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** Whether HERALD_DB names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/**
 * Opens the store HERALD_DB names: a postgres:// URL selects PostgreSQL, anything else is a SQLite
 * file path. Migrated before it returns. Throws StoreOpenError naming `setting` (the variable the
 * user set: HERALD_DB, or DATABASE_URL in its place) and the fix.
 */
export async function openStore(db: string, setting = 'HERALD_DB'): Promise<Store> {
  if (isPostgresUrl(db)) {
    const { PostgresStore } = await import('./postgres.js');
    return PostgresStore.open(db, { setting });
  }
  return SqliteStore.open(db, { setting });
}
