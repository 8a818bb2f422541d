import { loadConfig } from '../config/config.js';
import { openStore } from '../store/open.js';
import { ArticleFiles } from '../library/files.js';
import { ArticleLibrary } from '../library/library.js';
import { systemClock } from '../clock.js';

/**
 * `herald articles`: brings the files of the articles folder into the index (only those changed since
 * the last look are read), then prints the newest `limit` articles with their headline and key date,
 * from the index. Digests are computed only for listed articles that have none kept yet.
 */
export async function runArticles(o: { dir: string | undefined; limit: number }): Promise<void> {
  const config = loadConfig();
  const dir = o.dir ?? config.HERALD_DIGESTS_DIR;
  const store = await openStore(config.HERALD_DB);
  try {
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
      const key = a.keyDay ? `key ${a.keyDay}` : 'no key date';
      process.stdout.write(`${a.id}\t${a.date ?? 'undated'}\t${a.headline ?? a.title ?? ''}\t${key}\n`);
    }
    if (total > list.length)
      process.stderr.write(`${total - list.length} older articles not shown (--limit ${o.limit})\n`);
  } finally {
    await store.close();
  }
}
