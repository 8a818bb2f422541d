import type Database from 'better-sqlite3';
import type { Param, SqlDriver, SqlQueries } from './sql.js';
import { MOVED_KEY } from './moved-mark.js';
import { MoveRefusedError } from '../errors.js';

/**
 * Tables not copied: what each process running on the old database kept there for itself. None of
 * those processes runs on the new one (move-database holds the SQLite instance lock throughout).
 */
export const LEFT_OUT_TABLES: Readonly<Record<string, string>> = {
  instances: 'the heartbeats of running instances',
  fires: 'scheduled fires taken by an instance (a Herald on SQLite records none)',
};
/**
 * Rows of copied tables that belong to the old file (its lock; the mark a move left, which a second
 * move must not carry over), as the SQLite condition that keeps the others.
 */
export const KEPT_ROWS: Readonly<Record<string, string>> = { meta: `key NOT IN ('instance', '${MOVED_KEY}')` };
/**
 * Columns copied as NULL: a claim's lease is its holder's, and the holder (the Herald that ran on the
 * file) is stopped. Without a lease the claim is taken over at once, as one that may have been posted.
 */
export const ENDED_COLUMNS: Readonly<Record<string, readonly string[]>> = { deliveries: ['lease_until'] };

/** Rows per INSERT, and the text that ends a batch sooner (an article may be 2 MB). */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4_000_000;
// PostgreSQL takes at most 65,535 parameters in one statement.
const MAX_PARAMS = 60_000;

const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
// Compared in JavaScript's order: the server's collation may sort `article_sources` after `articles`.
const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  [...a].sort().join('\n') === [...b].sort().join('\n');

/** Herald's tables in a SQLite database (SQLite's own left out), by name. */
export function sqliteTables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}

/** The tables of the PostgreSQL schema connections use (the schema version's own left out), by name. */
export async function postgresTables(q: Pick<SqlQueries, 'all'>): Promise<string[]> {
  const rows = await q.all<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'herald_schema' ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

/** The schema version a PostgreSQL database records (0: Herald has never migrated it). Reads only. */
export async function postgresSchemaVersion(q: Pick<SqlQueries, 'get'>): Promise<number> {
  const has = await q.get(
    `SELECT 1 AS one FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'herald_schema'`,
  );
  if (!has) return 0;
  return Number((await q.get<{ version: number }>('SELECT version FROM herald_schema'))?.version ?? 0);
}

/** Rows a newly migrated database has already, which hold nothing: the count of articles, at 0. */
const NEW_DATABASE_ROWS: Readonly<Record<string, string>> = { counters: 'value = 0' };

/** Each of `tables` that holds data, with its row count (rows every new database has are not counted). */
export async function rowsHeld(q: Pick<SqlQueries, 'get'>, tables: readonly string[]): Promise<Map<string, number>> {
  const held = new Map<string, number>();
  for (const t of tables) {
    const fresh = NEW_DATABASE_ROWS[t];
    const sql = `SELECT COUNT(*) AS n FROM ${ident(t)}${fresh ? ` WHERE NOT (${fresh})` : ''}`;
    const n = Number((await q.get<{ n: number }>(sql))?.n ?? 0);
    if (n > 0) held.set(t, n);
  }
  return held;
}

/**
 * Refuses a target that holds anything (`where` names it, password hidden): a move never merges
 * into a database or writes over one.
 */
export function refuseHeld(where: string, held: ReadonlyMap<string, number>): void {
  if (held.size === 0) return;
  const what = ['subscriptions', 'articles']
    .map((t) => [t, held.get(t) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${n} ${n === 1 ? t.slice(0, -1) : t}`);
  // Subscriptions and articles say what it is; other tables are named only when neither is there.
  const rest = what.length > 0 ? '' : `rows in ${[...held.keys()].join(', ')}`;
  throw new MoveRefusedError(
    `${where} already holds data (${what.join(', ')}${rest}): move-database copies only into an empty database, ` +
      'never over one. Give --to a new database (createdb herald_new, or CREATE DATABASE herald_new) and run it again.',
  );
}

/**
 * Refuses a target whose schema holds tables Herald's does not have (`ours`): another application's
 * database. Checked before Herald's tables are created there, so nothing is left in it.
 */
export function refuseForeign(where: string, theirs: readonly string[], ours: readonly string[]): void {
  const foreign = theirs.filter((t) => !ours.includes(t));
  if (foreign.length === 0) return;
  const shown = foreign.length > 5 ? `${foreign.slice(0, 5).join(', ')}, …` : foreign.join(', ');
  throw new MoveRefusedError(
    `${where} holds tables that are not Herald's (${shown}): move-database copies only into an empty database, ` +
      'never beside another application. Give --to a new database (createdb herald_new, or CREATE DATABASE herald_new) and run it again.',
  );
}

/**
 * Copies every table of `source` (a SQLite database at this release's schema, read in one snapshot)
 * into `target` (an empty PostgreSQL database at the same schema), in one transaction: all of it or
 * nothing. The list of tables is the schema's own, so a table a later migration adds is copied too;
 * only LEFT_OUT_TABLES, the rows KEPT_ROWS leaves out and ENDED_COLUMNS are not. Rows go in batches
 * (memory stays flat whatever the number of articles). Sequences are set to continue after the last
 * number the SQLite file gave, so a new article comes after every channel's cursor. Returns the rows
 * copied per table. Throws MoveRefusedError when the target holds data (checked under a lock, so
 * nothing writes in between); `where` names the target in that message.
 */
export async function copyDatabase(
  source: Database.Database,
  target: SqlDriver,
  where: string,
): Promise<Map<string, number>> {
  const tables = sqliteTables(source);
  return target.tx(async (q) => {
    const theirs = await postgresTables(q);
    if (!sameNames(theirs, tables))
      throw new Error(`the schemas differ: SQLite has ${tables.join(', ')}; PostgreSQL has ${theirs.join(', ')}`);
    // Writers (a Herald started on the target meanwhile) wait for the commit; readers do not.
    await q.exec(`LOCK TABLE ${theirs.map(ident).join(', ')} IN EXCLUSIVE MODE`);
    refuseHeld(where, await rowsHeld(q, theirs));
    for (const [t, fresh] of Object.entries(NEW_DATABASE_ROWS)) await q.run(`DELETE FROM ${ident(t)} WHERE ${fresh}`);
    const copied = new Map<string, number>();
    // One snapshot of the file: what is copied is the database at one moment.
    source.exec('BEGIN');
    try {
      for (const t of tables) if (!Object.hasOwn(LEFT_OUT_TABLES, t)) copied.set(t, await copyTable(source, q, t));
      await continueSequences(source, q);
    } finally {
      source.exec('COMMIT');
    }
    return copied;
  });
}

async function copyTable(source: Database.Database, q: SqlQueries, table: string): Promise<number> {
  const cols = (source.pragma(`table_info(${ident(table)})`) as Array<{ name: string }>).map((c) => c.name);
  const theirs = await q.all<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?`,
    [table],
  );
  if (
    !sameNames(
      cols,
      theirs.map((c) => c.name),
    )
  )
    throw new Error(`the schemas differ in ${table}: SQLite has ${cols.join(', ')}`);
  const ended = new Set(Object.hasOwn(ENDED_COLUMNS, table) ? ENDED_COLUMNS[table] : []);
  const kept = Object.hasOwn(KEPT_ROWS, table) ? KEPT_ROWS[table] : undefined;
  const select = source
    .prepare(
      `SELECT ${cols.map((c) => (ended.has(c) ? `NULL AS ${ident(c)}` : ident(c))).join(', ')} FROM ${ident(table)}${kept ? ` WHERE ${kept}` : ''}`,
    )
    .raw(true);
  const maxRows = Math.max(1, Math.min(BATCH_ROWS, Math.floor(MAX_PARAMS / cols.length)));
  const head = `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES `;
  const row = `(${cols.map(() => '?').join(', ')})`;
  let batch: Param[][] = [];
  let chars = 0;
  let copied = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await q.run(head + batch.map(() => row).join(', '), batch.flat());
    copied += batch.length;
    batch = [];
    chars = 0;
  };
  for (const values of select.iterate() as IterableIterator<Param[]>) {
    batch.push(values);
    for (const v of values) chars += typeof v === 'string' ? v.length : 8;
    if (batch.length >= maxRows || chars >= BATCH_CHARS) await flush();
  }
  await flush();
  return copied;
}

// Each serial column continues after the larger of its copied rows' largest value and the last number
// SQLite gave (sqlite_sequence): a story carried by a second source, or a removed file, took numbers
// no copied article row holds, and a channel's cursor may stand on one of them.
async function continueSequences(source: Database.Database, q: SqlQueries): Promise<void> {
  const given = new Map<string, number>();
  if (source.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'`).get())
    for (const r of source.prepare('SELECT name, seq FROM sqlite_sequence').all() as Array<{
      name: string;
      seq: number;
    }>)
      given.set(r.name, Number(r.seq));
  const serials = await q.all<{ t: string; c: string }>(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
  );
  for (const { t, c } of serials) {
    const max = Number((await q.get<{ m: number | null }>(`SELECT MAX(${ident(c)}) AS m FROM ${ident(t)}`))?.m ?? 0);
    const last = Math.max(max, given.get(t) ?? 0);
    const seq = `pg_get_serial_sequence(?, ?)`;
    if (last > 0) await q.get(`SELECT setval(${seq}, ?)`, [ident(t), c, last]);
    else await q.get(`SELECT setval(${seq}, 1, false)`, [ident(t), c]);
  }
}
