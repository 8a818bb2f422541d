import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError } from '../errors.js';
import type { ArticleStore } from '../store/types.js';

/**
 * Records `dir` as the folder the index mirrors. Two instances on one database that read two
 * folders would each remove the other's files from the index at every pass, and post them again
 * when they came back: when the folder recorded before is another one that is still there, start
 * stops with a ConfigError saying which. A folder that moved (the one before is gone here) is taken
 * over. Returns the folder recorded before when it was another one (for the log), else null.
 */
export async function claimFolder(
  store: Pick<ArticleStore, 'mirroredFolder' | 'setMirroredFolder'>,
  dir: string,
): Promise<string | null> {
  const mine = canonical(dir);
  const before = await store.mirroredFolder();
  if (before === mine) return null;
  if (before !== null && isFolder(before) && canonical(before) !== mine)
    throw new ConfigError([
      `HERALD_DIGESTS_DIR: the database (HERALD_DB or DATABASE_URL) already indexes the articles folder ${before}, which is still there, and this Herald reads ${mine}. Herald instances on one database must read one folder: set HERALD_DIGESTS_DIR=${before}, or, to move the index to ${mine}, move or remove ${before} first.`,
    ]);
  await store.setMirroredFolder(mine);
  return before;
}

function canonical(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

/** Whether `path` is a folder there now (false when it is missing or unreadable). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
