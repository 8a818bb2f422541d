import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { it } from 'vitest';

/**
 * The PostgreSQL server the tests use: HERALD_TEST_DATABASE_URL, else DATABASE_URL (.ci/run starts
 * one with scripts/postgres-throwaway.sh). Without one, PostgreSQL tests are skipped with one visible
 * line, except under CI=true, where they fail: CI must not pass without having run them.
 */
export const PG_URL = process.env.HERALD_TEST_DATABASE_URL || process.env.DATABASE_URL || '';

let warned = false;
/** Whether PostgreSQL tests can run here; prints why not once. */
export function havePostgres(): boolean {
  if (PG_URL) return true;
  if (process.env.CI === 'true') {
    it('PostgreSQL is available (CI=true requires it)', () => {
      throw new Error('no PostgreSQL: set DATABASE_URL (scripts/postgres-throwaway.sh start prints one)');
    });
    return false;
  }
  if (!warned)
    process.stderr.write(
      'PostgreSQL tests skipped: set DATABASE_URL (scripts/postgres-throwaway.sh start prints one)\n',
    );
  warned = true;
  return false;
}

/** A new empty schema on the test server, and the URL whose connections use it. */
export async function freshSchema(): Promise<string> {
  const name = `herald_t_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${name}`);
  await client.end();
  const u = new URL(PG_URL);
  u.searchParams.set('options', `-c search_path=${name}`);
  return u.toString();
}
