import { describe, expect, it } from 'vitest';
import { PostgresStore, hidePassword } from '../../src/store/postgres.js';
import { storeContract } from './contract.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { freshSchema, havePostgres } from '../support/postgres.js';
import { StoreOpenError } from '../../src/errors.js';

const enabled = havePostgres();
let last = '';
storeContract('PostgreSQL', () =>
  enabled
    ? {
        fresh: async () => PostgresStore.open((last = await freshSchema()), { max: 3 }),
        again: () => PostgresStore.open(last, { max: 3 }),
      }
    : null,
);

describe('PostgreSQL store', () => {
  it('refuses a server it cannot reach with one message naming HERALD_DB, without the password', async () => {
    const err = await PostgresStore.open('postgres://herald:s3cret-pass@127.0.0.1:1/herald').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreOpenError);
    expect((err as Error).message).toMatch(
      /^HERALD_DB=postgres:\/\/herald:\*\*\*@127\.0\.0\.1:1\/herald: cannot use the PostgreSQL database/,
    );
    expect((err as Error).message).not.toContain('s3cret-pass');
    // Nobody answered: it may be starting, so Herald exits 1 for a supervisor to try again.
    expect((err as StoreOpenError).unreachable).toBe(true);
    expect(hidePassword('postgresql://u:p@h/db')).toBe('postgresql://u:***@h/db');
  });

  it.runIf(enabled)('migrates once when several instances start together', async () => {
    const url = await freshSchema();
    const stores = await Promise.all([1, 2, 3].map(() => PostgresStore.open(url, { max: 2 })));
    expect(await stores[0]?.db.get<{ version: number }>('SELECT version FROM herald_schema')).toEqual({
      version: MIGRATIONS.length,
    });
    expect(await stores[0]?.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM herald_schema')).toEqual({ n: 1 });
    for (const s of stores) await s.close();
  });
});
