import { DIALECT_TOKENS, MIGRATIONS } from './migrations.js';
import type { SqlDriver, SqlQueries } from './sql.js';
import { SchemaTooNewError } from '../errors.js';

/**
 * Brings the schema up to date, one migration per transaction, so a failure leaves the database at
 * the last version that completed. SQLite keeps the version in `user_version`; PostgreSQL in a table,
 * under an advisory lock so that instances starting together migrate once.
 */
export async function migrate(driver: SqlDriver): Promise<number> {
  let applied = 0;
  for (;;) {
    const done = await driver.tx(async (q) => {
      if (driver.dialect === 'postgres') {
        // Taken before anything else: two instances creating the version table at once collide.
        await q.get('SELECT pg_advisory_xact_lock(7242)');
        await q.exec('CREATE TABLE IF NOT EXISTS herald_schema (version INTEGER NOT NULL)');
      }
      const version = await versionOf(driver, q);
      if (version > MIGRATIONS.length) throw new SchemaTooNewError(version, MIGRATIONS.length);
      const next = MIGRATIONS[version];
      if (!next) return true;
      const tokens = DIALECT_TOKENS[driver.dialect];
      await q.exec(next.sql.replaceAll('{{seq}}', tokens.seq).replaceAll('{{bin}}', tokens.bin));
      await next.after?.(q);
      await setVersion(driver, q, version + 1);
      applied++;
      return false;
    });
    if (done) return applied;
  }
}

async function versionOf(driver: SqlDriver, q: SqlQueries): Promise<number> {
  if (driver.dialect === 'sqlite')
    return (await q.get<{ user_version: number }>('PRAGMA user_version'))?.user_version ?? 0;
  return (await q.get<{ version: number }>('SELECT version FROM herald_schema'))?.version ?? 0;
}

async function setVersion(driver: SqlDriver, q: SqlQueries, v: number): Promise<void> {
  if (driver.dialect === 'sqlite') await q.exec(`PRAGMA user_version = ${v}`);
  else if ((await q.run('UPDATE herald_schema SET version = ?', [v])) === 0)
    await q.run('INSERT INTO herald_schema (version) VALUES (?)', [v]);
}
