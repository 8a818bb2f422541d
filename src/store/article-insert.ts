import type { Article } from '../article/types.js';
import { searchKeys } from '../article/index-keys.js';
import { type Param, placeholders, type SqlQueries } from './sql.js';

/** Inserts one article (with the next sequence number, or the one given) and counts it. Call inside a transaction holding lockArticles. */
export async function insertArticle(
  q: SqlQueries,
  a: Article & {
    kind: 'file' | 'source';
    /** A file's name (its id without an edition, see SqlArticleFiles); none for a source's. */
    name?: string | null;
    file: string | null;
    stamp: string | null;
    sourceId: string | null;
    guid?: string | null;
    hash: string;
    at: string;
    /** The place a removed file with the same text had; else the next one. */
    seq?: number | undefined;
  },
): Promise<void> {
  const k = searchKeys(a);
  const params: Param[] = [
    ...(a.seq !== undefined ? [a.seq] : []),
    a.id,
    k.idFold,
    k.slugFold,
    k.titleFold,
    a.kind,
    a.name ?? null,
    a.file,
    a.stamp,
    a.sourceId,
    a.source,
    a.guid ?? null,
    a.title,
    a.date,
    a.date ?? '',
    a.url,
    keyDateJson(a),
    a.text,
    a.hash,
    a.at,
    a.at,
  ];
  await q.run(
    `INSERT INTO articles (${a.seq !== undefined ? 'seq, ' : ''}id, id_fold, slug_fold, title_fold, kind, name, file, file_stamp, source_id, source_name, guid,
       title, date, sort_date, url, key_date_override, text, content_hash, created_at, updated_at)
     VALUES (${placeholders(params)})`,
    params,
  );
  await bumpCounter(q, 'articles', 1);
}

/** Keeps counts (articles in all, per source) that commands show, so none of them counts rows. */
export async function bumpCounter(q: SqlQueries, name: string, by: number): Promise<void> {
  await q.run(
    `INSERT INTO counters (name, value) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET value = counters.value + excluded.value`,
    [name, by],
  );
}

/** The key date an article's front matter sets, as the index keeps it. */
export function keyDateJson(a: Article): string | null {
  return a.keyDate ? JSON.stringify(a.keyDate) : null;
}
