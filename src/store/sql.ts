/**
 * The little SQL that Herald's store needs from a database, so that one store implementation runs on
 * SQLite (embedded default) and PostgreSQL (several instances). Statements use `?` placeholders;
 * the PostgreSQL driver numbers them. Times are ISO strings passed in from the clock, never the
 * database's own `now()`, so both dialects and the tests agree on what time it is.
 */
export type Param = string | number | null;

/** `?, ?, ?`: one placeholder for each of `values`, for an `IN (…)` list or a `VALUES (…)` row. */
export function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

export interface SqlQueries {
  /** Every row of a query (or of a statement with RETURNING). */
  all<T>(sql: string, params?: Param[]): Promise<T[]>;
  /** The first row, or undefined. */
  get<T>(sql: string, params?: Param[]): Promise<T | undefined>;
  /** A statement without rows: how many rows it changed. */
  run(sql: string, params?: Param[]): Promise<number>;
  /** Several statements without parameters (schema migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlQueries {
  readonly dialect: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction that holds the write lock from its start (SQLite BEGIN IMMEDIATE),
   * committed when `fn` resolves and rolled back when it throws. Statements outside the transaction
   * wait until it ends, so nothing else slips into it.
   */
  tx<T>(fn: (q: SqlQueries) => Promise<T>): Promise<T>;
  /**
   * Serialises the transactions that add articles, so article sequence numbers become visible in the
   * order they were given: a cursor that passed seq N never misses a later commit of seq N-1.
   * (SQLite has one writer anyway; PostgreSQL takes a transaction-scoped advisory lock.)
   */
  lockArticles(q: SqlQueries): Promise<void>;
  close(): Promise<void>;
}
