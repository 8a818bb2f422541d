import type { SqlDriver } from './sql.js';
import { StoreInUseError } from '../errors.js';

/**
 * The meta key move-database leaves in a SQLite file it copied. A Herald started on the file again
 * would post to every channel what the PostgreSQL copy has posted since: the mark stops it.
 */
export const MOVED_KEY = 'moved_to';

interface Moved {
  to: string;
  at: string;
}

/** Records, in the SQLite file, that its data now lives at `shown` (a URL with its password hidden). */
export async function markMoved(db: SqlDriver, shown: string, now: Date = new Date()): Promise<void> {
  const value: Moved = { to: shown, at: now.toISOString() };
  await db.run(
    `INSERT INTO meta (key, value) VALUES ('${MOVED_KEY}', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [JSON.stringify(value)],
  );
}

/** Takes the mark away (`move-database --reopen`): true when there was one. */
export async function clearMoved(db: SqlDriver): Promise<boolean> {
  const had = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = '${MOVED_KEY}'`);
  await db.run(`DELETE FROM meta WHERE key = '${MOVED_KEY}'`);
  return had !== undefined;
}

/**
 * Throws StoreInUseError, naming `setting` and the way out, when move-database took this file's data
 * to PostgreSQL: starting on it would post twice to every channel the copy has posted to since.
 */
export async function refuseMoved(db: SqlDriver, path: string, setting: string): Promise<void> {
  const row = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = '${MOVED_KEY}'`);
  if (!row) return;
  const moved = parse(row.value);
  throw new StoreInUseError(
    `${setting}=${path} was moved to ${moved.to} on ${moved.day} by move-database; a Herald on this file would post again what that database has posted. ` +
      `Set ${setting} to that URL (with its password). To run on this file again instead, stop every Herald on that database, then: npm run herald -- move-database --reopen`,
  );
}

function parse(value: string): { to: string; day: string } {
  try {
    const v = JSON.parse(value) as Partial<Moved>;
    if (typeof v.to === 'string' && typeof v.at === 'string') return { to: v.to, day: v.at.slice(0, 10) };
  } catch {
    // A mark written by hand or cut short still stops the start; it just cannot say where to.
  }
  return { to: 'PostgreSQL', day: 'an unknown date' };
}
