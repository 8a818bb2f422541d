import type { Article } from '../article/types.js';
import { articleHash, searchKeys } from '../article/index-keys.js';
import { fold } from '../article/fold.js';
import { placeholders, type SqlDriver } from './sql.js';
import type { ArticleMeta, ArticleRecord, ArticleStore, FileChange } from './types.js';
import { META, toMeta, toRecord, type ArticleRow } from './article-rows.js';
import { bumpCounter, insertArticle, keyDateJson } from './article-insert.js';
import { countSeen, narrowest, newestFirst, scope } from './article-scope.js';
import { carriedAfter, carriedPlaces, mergeCarried, withMoreSources } from './article-sources.js';

const NEWEST = 'ORDER BY sort_date DESC, id DESC';
// Above every character a folded key holds, so [prefix, prefix + TOP) is the range of keys starting with prefix.
const TOP = '\uffff';

/** The article index in SQL, for SQLite and PostgreSQL alike. */
export class SqlArticleStore implements ArticleStore {
  constructor(private readonly db: SqlDriver) {}

  async get(id: string): Promise<ArticleRecord | null> {
    const row = await this.db.get<ArticleRow>(`SELECT ${META}, text FROM articles WHERE id = ?`, [id]);
    return row ? ((await withMoreSources(this.db, [toRecord(row)]))[0] ?? null) : null;
  }

  async meta(id: string): Promise<ArticleMeta | null> {
    const row = await this.db.get<ArticleRow>(`SELECT ${META} FROM articles WHERE id = ?`, [id]);
    return row ? ((await withMoreSources(this.db, [toMeta(row)]))[0] ?? null) : null;
  }

  async newest(limit: number, only?: readonly string[]): Promise<ArticleMeta[]> {
    const sources = await narrowest(this.db, only);
    if (sources === undefined)
      return withMoreSources(
        this.db,
        (await this.db.all<ArticleRow>(`SELECT ${META} FROM articles ${NEWEST} LIMIT ?`, [limit])).map(toMeta),
      );
    // One community's: the newest files, the newest of each source it sees and of what those sources
    // carry, each from its own index, merged. One query with the sources as a filter walked every
    // article until `limit` were its own.
    const marks = placeholders(sources);
    const parts = [
      this.db.all<ArticleRow>(`SELECT ${META} FROM articles WHERE kind = 'file' ${NEWEST} LIMIT ?`, [limit]),
      ...sources.map((id) =>
        this.db.all<ArticleRow>(`SELECT ${META} FROM articles WHERE source_id = ? ${NEWEST} LIMIT ?`, [id, limit]),
      ),
      ...(sources.length === 0
        ? []
        : [
            this.db.all<ArticleRow>(
              `SELECT ${META} FROM articles WHERE id IN (SELECT article_id FROM article_sources WHERE source_id IN (${marks}))
               ${NEWEST} LIMIT ?`,
              [...sources, limit],
            ),
          ]),
    ];
    const unique = new Map((await Promise.all(parts)).flat().map((r) => [r.id, toMeta(r)]));
    return withMoreSources(this.db, [...unique.values()].sort(newestFirst).slice(0, limit));
  }

  async matching(prefix: string, limit: number, only?: readonly string[]): Promise<ArticleMeta[]> {
    const p = fold(prefix.trim());
    if (p === '') return this.newest(limit, only);
    const s = scope(await narrowest(this.db, only));
    // Each key read backwards from the end of its range: ids start with their date, so that is newest first.
    const found = new Map<number, ArticleMeta>();
    for (const col of ['id_fold', 'slug_fold', 'title_fold']) {
      const rows = await this.db.all<ArticleRow>(
        `SELECT ${META} FROM articles WHERE ${col} >= ? AND ${col} < ? AND ${s.sql} ORDER BY ${col} DESC LIMIT ?`,
        [p, p + TOP, ...s.params, limit],
      );
      for (const r of rows) found.set(r.seq, toMeta(r));
    }
    return withMoreSources(this.db, [...found.values()].sort(newestFirst).slice(0, limit));
  }

  async after(seq: number, limit: number): Promise<ArticleMeta[]> {
    const own = await withMoreSources(
      this.db,
      (
        await this.db.all<ArticleRow>(`SELECT ${META} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, [seq, limit])
      ).map(toMeta),
    );
    return mergeCarried(own, await carriedAfter(this.db, seq, limit), (id) => this.meta(id), limit);
  }

  async places(id: string): Promise<Array<{ seq: number; via?: string }>> {
    const own = await this.db.get<{ seq: number }>('SELECT seq FROM articles WHERE id = ?', [id]);
    return own ? [{ seq: Number(own.seq) }, ...(await carriedPlaces(this.db, id))] : [];
  }

  async maxSeq(): Promise<number> {
    const m = await this.db.get<{ m: number | null }>(
      'SELECT MAX(m) AS m FROM (SELECT MAX(seq) AS m FROM articles UNION ALL SELECT MAX(seq) AS m FROM article_sources) t',
    );
    return Number(m?.m ?? 0);
  }

  count(sources?: readonly string[]): Promise<number> {
    return countSeen(this.db, sources);
  }

  async setSummary(id: string, hash: string, headline: string, keyDate: string | null): Promise<void> {
    await this.db.run(
      'UPDATE articles SET headline = ?, key_date = ?, summary_hash = ? WHERE id = ? AND content_hash = ?',
      [headline, keyDate, hash, id, hash],
    );
  }

  async fileStamps(): Promise<Map<string, string>> {
    const rows = await this.db.all<{ file: string; file_stamp: string }>(
      `SELECT file, file_stamp FROM articles WHERE kind = 'file'`,
    );
    return new Map(rows.map((r) => [r.file, r.file_stamp]));
  }

  async mirroredFolder(): Promise<string | null> {
    return (
      (await this.db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'articles_folder'`))?.value ?? null
    );
  }

  async setMirroredFolder(folder: string): Promise<void> {
    await this.db.run(
      `INSERT INTO meta (key, value) VALUES ('articles_folder', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [folder],
    );
  }

  async upsertFile(file: string, stamp: string, a: Article, at: string): Promise<FileChange> {
    const hash = articleHash(a);
    return this.db.tx(async (q) => {
      await this.db.lockArticles(q);
      const mine = await q.get<{ id: string; content_hash: string }>(
        'SELECT id, content_hash FROM articles WHERE file = ?',
        [file],
      );
      if (mine && mine.id === a.id) {
        if (mine.content_hash === hash) {
          await q.run('UPDATE articles SET file_stamp = ? WHERE file = ?', [stamp, file]);
          return 'same';
        }
        // An edit is a new version of the same article: same id and sequence number, so channels that had
        // it do not get it again.
        const k = searchKeys(a);
        await q.run(
          `UPDATE articles SET id_fold = ?, slug_fold = ?, title_fold = ?, file_stamp = ?, title = ?, date = ?,
             sort_date = ?, url = ?, source_name = ?, key_date_override = ?, text = ?, content_hash = ?,
             version = version + 1, updated_at = ?
           WHERE file = ?`,
          [
            k.idFold,
            k.slugFold,
            k.titleFold,
            stamp,
            a.title,
            a.date,
            a.date ?? '',
            a.url,
            a.source,
            keyDateJson(a),
            a.text,
            hash,
            at,
            file,
          ],
        );
        return 'changed';
      }
      const holder = await q.get<{ kind: string; file: string | null; source_id: string | null }>(
        'SELECT kind, file, source_id FROM articles WHERE id = ?',
        [a.id],
      );
      if (holder)
        return {
          taken: holder.kind === 'file' ? `the file ${holder.file}` : `an article from the source ${holder.source_id}`,
        };
      // A file renamed, or removed and put back: the same text takes its old place (see removeFile).
      const was = await q.get<{ seq: number }>('SELECT seq FROM removed_files WHERE content_hash = ?', [hash]);
      if (was) await q.run('DELETE FROM removed_files WHERE content_hash = ?', [hash]);
      await insertArticle(q, { ...a, kind: 'file', file, stamp, sourceId: null, hash, at, seq: was?.seq });
      return 'added';
    });
  }

  async removeFile(file: string): Promise<boolean> {
    return this.db.tx(async (q) => {
      await this.db.lockArticles(q);
      const gone = await q.get<{ seq: number; content_hash: string }>(
        `SELECT seq, content_hash FROM articles WHERE file = ? AND kind = 'file'`,
        [file],
      );
      if (!gone) return false;
      await q.run(`DELETE FROM articles WHERE seq = ?`, [gone.seq]);
      await bumpCounter(q, 'articles', -1);
      // A rename seen the other way round (the new name first): the new file takes the old one's place.
      const twin = await q.get<{ seq: number }>(
        `SELECT seq FROM articles WHERE content_hash = ? AND kind = 'file' AND seq > ? ORDER BY seq DESC LIMIT 1`,
        [gone.content_hash, gone.seq],
      );
      if (twin) await q.run('UPDATE articles SET seq = ? WHERE seq = ?', [gone.seq, twin.seq]);
      else
        await q.run(
          `INSERT INTO removed_files (content_hash, seq) VALUES (?, ?)
           ON CONFLICT (content_hash) DO UPDATE SET seq = excluded.seq`,
          [gone.content_hash, gone.seq],
        );
      return true;
    });
  }
}
