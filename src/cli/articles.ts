import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseVariable, loadConfig } from '../config/config.js';
import { openStore } from '../store/open.js';
import { claimFolder, isFolder } from '../library/folder-claim.js';
import { ArticleFiles } from '../library/files.js';
import { ArticleLibrary } from '../library/library.js';
import { systemClock } from '../clock.js';
import { ConfigError, UsageError } from '../errors.js';
import { pathProblems } from '../config/paths.js';

/**
 * `herald articles`: brings the files of the articles folder into the index (only those changed since
 * the last look are read), then prints the newest `limit` articles with their headline and key date,
 * from the index (with `json`, one JSON object per line, as `fetch --json` prints). Digests are
 * computed only for listed articles that have none kept yet. A `--dir` other than HERALD_DIGESTS_DIR
 * is listed from an index of its own, thrown away after.
 */
export async function runArticles(o: { dir: string | undefined; limit: number; json?: boolean }): Promise<void> {
  const config = loadConfig();
  const dir = o.dir ?? config.HERALD_DIGESTS_DIR;
  if (o.dir !== undefined && !isFolder(o.dir))
    throw new UsageError(`--dir "${o.dir}" is not a folder (give the folder the article files are in)`);
  // As at the bot's start: a folder that is not there is a setting to fix, not an empty list.
  const problems = o.dir === undefined ? pathProblems({ ...config, HERALD_SOURCES_FILE: undefined }) : [];
  if (problems.length > 0) throw new ConfigError(problems);
  // The bot's index mirrors HERALD_DIGESTS_DIR: syncing another folder into it would swap the running
  // bot's articles for that folder's, and it would post them.
  const scratch = resolve(dir) === resolve(config.HERALD_DIGESTS_DIR) ? null : mkdtempSync(join(tmpdir(), 'herald-'));
  const store = await (scratch
    ? openStore(join(scratch, 'index.db'))
    : openStore(config.HERALD_DB, databaseVariable()));
  try {
    if (!scratch) await claimFolder(store.articles, dir);
    const files = new ArticleFiles({
      dir,
      store: store.articles,
      clock: systemClock,
      onProblem: (p) => process.stderr.write(`skipped ${p.message}\n`),
    });
    await files.sync();
    const library = new ArticleLibrary(dir, store.articles, files);
    const [list, total] = await Promise.all([library.list(o.limit), library.count()]);
    for (const a of list) {
      if (o.json) {
        const line = { id: a.id, date: a.date, headline: a.headline ?? a.title ?? null, keyDate: a.keyDay };
        process.stdout.write(`${JSON.stringify(line)}\n`);
        continue;
      }
      const key = a.keyDay ? `key ${a.keyDay}` : 'no key date';
      process.stdout.write(`${a.id}\t${a.date ?? 'undated'}\t${a.headline ?? a.title ?? ''}\t${key}\n`);
    }
    if (total > list.length)
      process.stderr.write(`${total - list.length} older articles not shown (--limit ${o.limit})\n`);
  } finally {
    await store.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
