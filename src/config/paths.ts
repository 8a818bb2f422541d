import { statSync, type Stats } from 'node:fs';
import type { Config } from './config.js';

/**
 * Problems with the folder and file the settings name, checked once at start: each names its
 * variable and the fix. A folder that is missing would otherwise leave Herald running with nothing
 * to post, and a sources file given by name but missing would be ignored in silence.
 */
export function pathProblems(c: Pick<Config, 'HERALD_DIGESTS_DIR' | 'HERALD_SOURCES_FILE'>): string[] {
  const out: string[] = [];
  const dir = c.HERALD_DIGESTS_DIR;
  const folder = stat(dir);
  if (!folder)
    out.push(`HERALD_DIGESTS_DIR: ${dir} does not exist; create the folder (mkdir -p ${dir}) or fix the path`);
  else if (!folder.isDirectory())
    out.push(`HERALD_DIGESTS_DIR: ${dir} is not a folder; give the folder the article files are in`);
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
