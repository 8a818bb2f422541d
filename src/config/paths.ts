import { readdirSync, statSync, type Stats } from 'node:fs';
import type { Config } from './config.js';

/**
 * Problems with the folder and file the settings name, checked once at start: each names its
 * variable and the fix. A folder that is missing would otherwise leave Herald running with nothing
 * to post, and a sources file given by name but missing would be ignored in silence.
 */
export function pathProblems(
  c: Pick<Config, 'HERALD_DIGESTS_DIR' | 'HERALD_SOURCES_FILE'>,
  list: (dir: string) => unknown = readdirSync,
): string[] {
  const out: string[] = [];
  const dir = c.HERALD_DIGESTS_DIR;
  const folder = stat(dir);
  if (!folder)
    out.push(`HERALD_DIGESTS_DIR: ${dir} does not exist; create the folder (mkdir -p ${dir}) or fix the path`);
  else if (!folder.isDirectory())
    out.push(`HERALD_DIGESTS_DIR: ${dir} is not a folder; give the folder the article files are in`);
  else {
    // A folder the service's user may not read would run with no articles, saying "No articles yet".
    const denied = refused(() => list(dir));
    if (denied)
      out.push(
        `HERALD_DIGESTS_DIR: ${dir} cannot be read by the user Herald runs as (${denied}); let it read the folder (chown or chmod) or run Herald as its owner`,
      );
  }
  const file = c.HERALD_SOURCES_FILE;
  if (file !== undefined && !stat(file))
    out.push(`HERALD_SOURCES_FILE: ${file} does not exist; create it (see News sources in the README) or unset it`);
  return out;
}

function stat(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

// The code of a permission error, which only a person can fix; other errors (a mount that is slow to
// come back) are left to the folder watcher, which keeps the articles until the folder is back.
function refused(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    const code = (err as { code?: string } | null)?.code ?? '';
    return code === 'EACCES' || code === 'EPERM' ? code : null;
  }
}
