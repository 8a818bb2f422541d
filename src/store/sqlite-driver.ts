import type Database from 'better-sqlite3';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Param, SqlDriver, SqlQueries } from './sql.js';
import { StoreUnavailableError } from '../errors.js';

/** How long one statement may wait for another process's write lock before it fails. */
export const LOCK_WAIT_MS = 10_000;

/**
 * better-sqlite3 behind the async driver. SQLite's own busy handler would block the event loop while
 * another process holds the write lock (an acknowledgement was once 4.75 s late that way), so its
 * timeout is 0 and a locked database is waited for here, with timers, between tries.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private txRunning: Promise<unknown> | null = null;

  constructor(
    readonly db: Database.Database,
    private readonly lockWaitMs = LOCK_WAIT_MS,
  ) {
    db.pragma('busy_timeout = 0');
  }

  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    await this.outsideTx();
    return this.retry(() => this.prepare(sql).all(...params) as T[]);
  }

  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    await this.outsideTx();
    return this.retry(() => this.prepare(sql).get(...params) as T | undefined);
  }

  async run(sql: string, params: Param[] = []): Promise<number> {
    await this.outsideTx();
    return this.retry(() => this.prepare(sql).run(...params).changes);
  }

  async exec(sql: string): Promise<void> {
    await this.outsideTx();
    await this.retry(() => this.db.exec(sql));
  }

  async tx<T>(fn: (q: SqlQueries) => Promise<T>): Promise<T> {
    await this.outsideTx();
    // Claimed synchronously after the wait, so no other transaction can start in between.
    let done!: () => void;
    this.txRunning = new Promise<void>((r) => (done = r));
    try {
      await this.retry(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const out = await fn(this.inside);
        this.db.exec('COMMIT');
        return out;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    } finally {
      this.txRunning = null;
      done();
    }
  }

  async lockArticles(): Promise<void> {}

  async close(): Promise<void> {
    await this.outsideTx();
    if (this.db.open) this.db.close();
  }

  // Statements of the running transaction: run at once (the transaction holds the write lock).
  private readonly inside: SqlQueries = {
    all: async <T>(sql: string, params: Param[] = []) => this.prepare(sql).all(...params) as T[],
    get: async <T>(sql: string, params: Param[] = []) => this.prepare(sql).get(...params) as T | undefined,
    run: async (sql: string, params: Param[] = []) => this.prepare(sql).run(...params).changes,
    exec: async (sql: string) => {
      this.db.exec(sql);
    },
  };

  private async outsideTx(): Promise<void> {
    while (this.txRunning) await this.txRunning;
  }

  private prepare(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private async retry<T>(op: () => T): Promise<T> {
    const deadline = Date.now() + this.lockWaitMs;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      try {
        return op();
      } catch (err) {
        if (!isBusy(err)) throw err;
        if (Date.now() + wait > deadline) {
          throw new StoreUnavailableError(
            `the database file stayed locked by another process for ${this.lockWaitMs / 1000} s`,
            { cause: err },
          );
        }
        await sleep(wait);
      }
    }
  }
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT';
}
