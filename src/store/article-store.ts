import type { Article } from '../article/types.js';
import { fold } from '../article/fold.js';
import { placeholders, type SqlDriver } from './sql.js';
import type { ArticleMeta, ArticleRecord, ArticleStore, FileChange } from './types.js';
import { META, toMeta, toRecord, type ArticleRow } from './article-rows.js';
import { SqlArticleFiles } from './article-files.js';
import { countSeen, narrowest, newestFirst, scope } from './article-scope.js';
import { carriedAfter, carriedPlaces, mergeCarried, withMoreSources } from './article-sources.js';

const NEWEST = 'ORDER BY sort_date DESC, id DESC';
// Above every character a folded key holds, so [prefix, prefix + TOP) is the range of keys starting with prefix.
const TOP = '\uffff';

/** The article index in SQL, for SQLite and PostgreSQL alike. */
export class SqlArticleStore implements ArticleStore {
  private readonly files: SqlArticleFiles;

  constructor(private readonly db: SqlDriver) {
    this.files = new SqlArticleFiles(db);
  }

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

  async places(id: string): Promise<Array<{ seq: number; via?: string; since: string }>> {
    const own = await this.db.get<{ seq: number; created_at: string }>(
      'SELECT seq, created_at FROM articles WHERE id = ?',
      [id],
    );
    if (!own) return [];
    const carried = await carriedPlaces(this.db, id);
    return [
      { seq: Number(own.seq), since: own.created_at },
      ...carried.map((c) => ({ seq: c.seq, via: c.via, since: c.since ?? own.created_at })),
    ];
  }

  async filesWithText(hashes: readonly string[], seq: number): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < hashes.length; i += 500) {
      const slice = hashes.slice(i, i + 500);
      // By the hash index alone, kind and order checked here: with them in the query SQLite may walk
      // every file (the kind index) or every article before the cursor, for each channel at each fire.
      const rows = await this.db.all<{ content_hash: string; id: string; seq: number; kind: string }>(
        `SELECT content_hash, id, seq, kind FROM articles WHERE content_hash IN (${placeholders(slice)})`,
        slice,
      );
      rows.sort((x, y) => Number(x.seq) - Number(y.seq));
      for (const r of rows)
        if (r.kind === 'file' && Number(r.seq) <= seq)
          out.set(r.content_hash, [...(out.get(r.content_hash) ?? []), r.id]);
    }
    return out;
  }

  async editedTexts(hashes: readonly string[]): Promise<Map<string, Array<{ id: string; seq: number }>>> {
    const out = new Map<string, Array<{ id: string; seq: number }>>();
    for (let i = 0; i < hashes.length; i += 500) {
      const slice = hashes.slice(i, i + 500);
      // Two lookups by key, not a join: joined, SQLite walked every file (the kind index) for each
      // channel at each fire, and most fires find no edited text at all.
      const texts = await this.db.all<{ content_hash: string; article_id: string }>(
        `SELECT content_hash, article_id FROM edited_texts WHERE content_hash IN (${placeholders(slice)})`,
        slice,
      );
      if (texts.length === 0) continue;
      const ids = [...new Set(texts.map((t) => t.article_id))];
      const rows = await this.db.all<{ id: string; seq: number; kind: string }>(
        `SELECT id, seq, kind FROM articles WHERE id IN (${placeholders(ids)})`,
        ids,
      );
      const files = new Map(rows.filter((r) => r.kind === 'file').map((r) => [r.id, Number(r.seq)]));
      for (const t of texts) {
        const seq = files.get(t.article_id);
        if (seq !== undefined) out.set(t.content_hash, [...(out.get(t.content_hash) ?? []), { id: t.article_id, seq }]);
      }
    }
    return out;
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

  upsertFile(file: string, stamp: string, a: Article, at: string): Promise<FileChange> {
    return this.files.upsert(file, stamp, a, at);
  }

  removeFile(file: string): Promise<boolean> {
    return this.files.remove(file);
  }

  async byName(name: string): Promise<ArticleRecord | null> {
    const row = await this.db.get<ArticleRow>(`SELECT ${META}, text FROM articles WHERE name = ? AND kind = 'file'`, [
      name,
    ]);
    return row ? toRecord(row) : null;
  }
}
