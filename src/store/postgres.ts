import pg from 'pg';
import type { Param, SqlDriver, SqlQueries } from './sql.js';
import { SqlStore } from './sql-store.js';
import { migrate } from './migrate.js';
import { SchemaTooNewError, StoreOpenError, StoreUnavailableError } from '../errors.js';
import { hidePassword } from './db-url.js';

export { hidePassword } from './db-url.js';

// COUNT(*), MAX(seq) and BIGSERIAL come back as int8; every such number here is far below 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

// Errors that mean the server is gone or refusing, not that a statement is wrong.
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** node-postgres behind the async driver: a pool for statements, one client per transaction. */
export class PgDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  private readonly texts = new Map<string, string>();

  constructor(readonly pool: pg.Pool) {}

  all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.guard(async () => (await this.pool.query(this.text(sql), params)).rows as T[]);
  }

  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  run(sql: string, params: Param[] = []): Promise<number> {
    return this.guard(async () => (await this.pool.query(this.text(sql), params)).rowCount ?? 0);
  }

  exec(sql: string): Promise<void> {
    return this.guard(async () => void (await this.pool.query(sql)));
  }

  tx<T>(fn: (q: SqlQueries) => Promise<T>): Promise<T> {
    return this.guard(async () => {
      const client = await this.pool.connect();
      const q: SqlQueries = {
        all: async <R>(sql: string, params: Param[] = []) => (await client.query(this.text(sql), params)).rows as R[],
        get: async <R>(sql: string, params: Param[] = []) =>
          (await client.query(this.text(sql), params)).rows[0] as R | undefined,
        run: async (sql: string, params: Param[] = []) => (await client.query(this.text(sql), params)).rowCount ?? 0,
        exec: async (sql: string) => void (await client.query(sql)),
      };
      try {
        await client.query('BEGIN');
        const out = await fn(q);
        await client.query('COMMIT');
        return out;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    });
  }

  async lockArticles(q: SqlQueries): Promise<void> {
    // Held until the transaction ends: article inserts commit in the order their sequence numbers were drawn.
    await q.get('SELECT pg_advisory_xact_lock(7243)');
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  // `?` placeholders become $1, $2… (no statement of Herald's has a ? inside a string literal).
  private text(sql: string): string {
    let t = this.texts.get(sql);
    if (t === undefined) {
      let n = 0;
      t = sql.replace(/\?/g, () => `$${++n}`);
      this.texts.set(sql, t);
    }
    return t;
  }

  private async guard<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      const code = String((err as { code?: unknown } | null)?.code ?? '');
      const msg = err instanceof Error ? err.message : String(err);
      if (UNREACHABLE.has(code) || /Connection terminated|connection timeout/i.test(msg)) {
        throw new StoreUnavailableError(`the PostgreSQL server is unreachable (${msg})`, { cause: err });
      }
      throw err;
    }
  }
}

/** The store on a PostgreSQL server, shared by several Herald instances. */
export class PostgresStore extends SqlStore {
  declare readonly db: PgDriver;

  /**
   * Connects and migrates (unless `migrate` is false: move-database looks at a database before it
   * changes anything in it). Throws StoreOpenError naming opts.setting (default HERALD_DB; the URL's
   * password hidden) and the fix.
   */
  static async open(
    url: string,
    opts: { max?: number; setting?: string; migrate?: boolean } = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 10, connectionTimeoutMillis: 10_000 });
    // An idle client whose server went away must not crash the process; the next query reports it.
    pool.on('error', () => {});
    const store = new PostgresStore(new PgDriver(pool));
    try {
      await store.db.get('SELECT 1 AS ok');
      if (opts.migrate !== false) await migrate(store.db);
    } catch (err) {
      await pool.end().catch(() => {});
      const why = err instanceof Error ? err.message : String(err);
      const fix =
        err instanceof SchemaTooNewError
          ? err.fix
          : 'check the URL (postgres://user:password@host:5432/database), that the server runs and accepts this user';
      throw new StoreOpenError(
        `${opts.setting ?? 'HERALD_DB'}=${hidePassword(url)}: cannot use the PostgreSQL database (${why}); ${fix}`,
        // No answer from the server at all: it may be starting, so a supervisor should try again.
        { cause: err, unreachable: err instanceof StoreUnavailableError },
      );
    }
    return store;
  }
}
