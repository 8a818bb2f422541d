import { digestAt } from '../digest/index.js';
import { formatDigestText } from '../digest/format-text.js';
import type { Article } from '../article/types.js';
import { readSource, withFullText } from '../sources/read-source.js';
import { limitsFrom } from '../sources/limits.js';
import { loadConfig } from '../config/config.js';
import { articleIdBase, contentHash } from '../sources/keys.js';
import { SourceError } from '../errors.js';
import { publishedBy } from '../sources/ingest.js';

/**
 * `herald fetch URL`: reads a feed (one digest per item, newest first) or an article page (one digest)
 * with the same limits as the bot, and prints each digest: one JSON object per line with `json`.
 * Nothing is stored. The URL given may be local or private (whoever runs the CLI chose it), but the
 * redirects and article pages a feed leads to are checked like any source's, unless
 * HERALD_SOURCES_ALLOW_PRIVATE=on: a feed's author must not reach the operator's network through it.
 * A page that cannot be read keeps the feed's summary and is named on stderr.
 * Throws SourceError when the URL cannot be read.
 */
export async function runFetch(url: string, opts: { json: boolean; now: Date; tz: string }): Promise<void> {
  // The same settings as the bot's, checked the same way (a bad one is a ConfigError naming it).
  const limits = limitsFrom(loadConfig(), { trustedUrl: url });
  const read = await readSource(url, limits).catch((err: unknown) => {
    throw err instanceof SourceError ? new SourceError(err.code, `${url}: ${err.message}`) : err;
  });
  if ('notModified' in read) return;
  const skipped = (item: { url: string | null }, err: unknown): void => {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`herald: ${item.url}: kept the feed's summary (${why})\n`);
  };
  const fetched = read.kind === 'feed' ? await withFullText(read.items, limits, skipped) : read.items;
  // As the bot dates them: an item dated after tomorrow is dated the day it is read.
  const items = publishedBy(fetched, opts.now);
  // An undated item is dated the day it is read: with --now, that day.
  const today = opts.now.toISOString().slice(0, 10);
  const host = new URL(read.finalUrl).hostname.replace(/^www\./, '');
  const ids = new Set<string>();
  const out: string[] = [];
  for (const item of items) {
    const text = item.text || item.title || '';
    if (text.trim() === '') continue;
    const date = item.date ?? today;
    let id = articleIdBase(date, item.title, text);
    if (ids.has(id)) id = `${id}-${contentHash(text).slice(0, 6)}`;
    ids.add(id);
    const article: Article = {
      id,
      title: item.title,
      date,
      source: read.title ?? host,
      url: item.url,
      text,
      keyDate: null,
    };
    const digest = digestAt(article, opts.now, opts.tz);
    out.push(opts.json ? JSON.stringify(digest) : formatDigestText(digest));
  }
  // Nothing on stdout (a pipe reading JSON lines gets none), but the person is told why.
  if (out.length === 0) process.stderr.write(`herald: ${url}: the ${read.kind} has no item with text\n`);
  else process.stdout.write(`${out.join(opts.json ? '\n' : '\n\n────────\n\n')}\n`);
}
