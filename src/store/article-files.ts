import type { Article } from '../article/types.js';
import { articleHash, searchKeys } from '../article/index-keys.js';
import { filledIn, opening, sameStory, type StoryFace } from '../article/same-story.js';
import type { SqlDriver, SqlQueries } from './sql.js';
import type { FileChange } from './types.js';
import { bumpCounter, insertArticle, keyDateJson } from './article-insert.js';

/**
 * The article files in the index. A channel gets each article id once, and a file's id is its name
 * (without the extension), so a different story saved under a name used before (the day's story
 * written over `today.md`, or `kursk.txt` removed and an unrelated story saved as `kursk.txt` later)
 * would be taken for the article the channels already had. Such a story becomes a new article, with
 * the next edition of the name as its id (`today~2`, `today~3`, …) and a new place in the order;
 * an edit of the same story (see sameStory) stays the article it was.
 */
export class SqlArticleFiles {
  constructor(private readonly db: SqlDriver) {}

  async upsert(file: string, stamp: string, a: Article, at: string): Promise<FileChange> {
    const hash = articleHash(a);
    const name = a.id;
    return this.db.tx(async (q) => {
      await this.db.lockArticles(q);
      const mine = await q.get<{ seq: number; id: string; content_hash: string }>(
        'SELECT seq, id, content_hash FROM articles WHERE file = ?',
        [file],
      );
      let id = name;
      if (mine) {
        if (mine.content_hash === hash) {
          await q.run('UPDATE articles SET file_stamp = ? WHERE file = ?', [stamp, file]);
          return 'same';
        }
        const held = await q.get<StoryFace>('SELECT title, date, text FROM articles WHERE seq = ?', [mine.seq]);
        if (!held || (await sameFile(q, mine.id, held, a, Number(mine.seq)))) {
          await editInPlace(q, mine.id, file, stamp, a, hash, at);
          return 'changed';
        }
        // Another story: the one the file held leaves it (its text keeps its place, as a removed
        // file's does), and this one is a new article.
        await q.run('DELETE FROM articles WHERE seq = ?', [mine.seq]);
        await bumpCounter(q, 'articles', -1);
        await leftAt(q, Number(mine.seq), mine.content_hash);
        if (mine.id !== name) await retire(q, mine.id, mine.id, held);
        id = await freeEdition(q, name, mine.id, 1);
      } else {
        const holder = await q.get<{ kind: string; file: string | null; source_id: string | null }>(
          `SELECT kind, file, source_id FROM articles WHERE id = ? OR (name = ? AND kind = 'file')`,
          [a.id, name],
        );
        if (holder)
          return {
            taken:
              holder.kind === 'file' ? `the file ${holder.file}` : `an article from the source ${holder.source_id}`,
          };
        // The story last under this name, if it was removed: the same story takes its id again (the
        // channels that had it are done with it), another story the next edition.
        const before = await q.get<StoryFace & { id: string }>(
          'SELECT id, title, date, opening AS text FROM retired_names WHERE name = ?',
          [name],
        );
        if (before) {
          await q.run('DELETE FROM retired_names WHERE name = ?', [name]);
          id = await freeEdition(q, name, before.id, (await sameFile(q, before.id, before, a)) ? 0 : 1);
        }
      }
      // A text that was in a file renamed, removed or written over takes its old place (see leftAt),
      // so the channels that had it pass it; any other comes after every article there is.
      const was = await q.get<{ seq: number }>('SELECT seq FROM removed_files WHERE content_hash = ?', [hash]);
      if (was) await q.run('DELETE FROM removed_files WHERE content_hash = ?', [hash]);
      await insertArticle(q, { ...a, id, name, kind: 'file', file, stamp, sourceId: null, hash, at, seq: was?.seq });
      return id === name ? 'added' : { addedAs: id };
    });
  }

  async remove(file: string): Promise<boolean> {
    return this.db.tx(async (q) => {
      await this.db.lockArticles(q);
      const gone = await q.get<StoryFace & { seq: number; id: string; name: string | null; content_hash: string }>(
        `SELECT seq, id, name, title, date, text, content_hash FROM articles WHERE file = ? AND kind = 'file'`,
        [file],
      );
      if (!gone) return false;
      await q.run(`DELETE FROM articles WHERE seq = ?`, [gone.seq]);
      await bumpCounter(q, 'articles', -1);
      await leftAt(q, Number(gone.seq), gone.content_hash);
      const name = gone.name ?? gone.id;
      await retire(q, name, gone.id, gone);
      if (gone.id !== name) await retire(q, gone.id, gone.id, gone);
      return true;
    });
  }
}

/** The texts a file held before its latest edits that are kept, per article (see editInPlace). */
export const KEPT_EDITS = 100;

// An edit is a new version of the same article: same id and sequence number, so channels that had it
// do not get it again.
async function editInPlace(
  q: SqlQueries,
  id: string,
  file: string,
  stamp: string,
  a: Article,
  hash: string,
  at: string,
) {
  const k = searchKeys(a);
  // The text it held stays the story's: a copy made of it before this edit is the same story. Only
  // the latest texts: a copy is made from the file as it is, so only the edits before the next fires count.
  await q.run(
    `INSERT INTO edited_texts (content_hash, article_id, edited_at) SELECT content_hash, id, ? FROM articles WHERE file = ?
     ON CONFLICT (content_hash, article_id) DO UPDATE SET edited_at = excluded.edited_at`,
    [at, file],
  );
  await q.run(
    `DELETE FROM edited_texts WHERE article_id = ? AND content_hash NOT IN (SELECT content_hash FROM edited_texts
       WHERE article_id = ? ORDER BY edited_at DESC LIMIT ${KEPT_EDITS})`,
    [id, id],
  );
  await q.run(
    `UPDATE articles SET title_fold = ?, file_stamp = ?, title = ?, date = ?, sort_date = ?, url = ?,
       source_name = ?, key_date_override = ?, text = ?, content_hash = ?, version = version + 1, updated_at = ?
     WHERE file = ?`,
    [k.titleFold, stamp, a.title, a.date, a.date ?? '', a.url, a.source, keyDateJson(a), a.text, hash, at, file],
  );
}

// What a name last held, so that a story saved under it later is told from this one: a file's name,
// and an edition's id, which a file of the user's may be named too (`today~2.md`), and which the
// channels that had the edition have had.
async function retire(q: SqlQueries, name: string, id: string, s: StoryFace): Promise<void> {
  await q.run(
    `INSERT INTO retired_names (name, id, title, date, opening) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET id = excluded.id, title = excluded.title, date = excluded.date,
       opening = excluded.opening`,
    [name, id, s.title, s.date, opening(s.text)],
  );
}

// A text that left its file keeps its place in the order, for a file that has (or gets) the same text:
// a rename seen the other way round (the new name first) gives the new file this place now.
async function leftAt(q: SqlQueries, seq: number, hash: string): Promise<void> {
  const twin = await q.get<{ seq: number }>(
    `SELECT seq FROM articles WHERE content_hash = ? AND kind = 'file' AND seq > ? ORDER BY seq DESC LIMIT 1`,
    [hash, seq],
  );
  if (twin) await q.run('UPDATE articles SET seq = ? WHERE seq = ?', [seq, twin.seq]);
  else
    await q.run(
      `INSERT INTO removed_files (content_hash, seq) VALUES (?, ?)
       ON CONFLICT (content_hash) DO UPDATE SET seq = excluded.seq`,
      [hash, seq],
    );
}

/**
 * The id of the edition of `name` `step` after `last` (0: `last` itself), or the first after it that
 * no article holds (a file named `today~3.md` has the id `today~3`) and no removed file held: the
 * channels that had that file's story would take this one for it. Edition 1 is the name itself.
 */
async function freeEdition(q: SqlQueries, name: string, last: string, step: number): Promise<string> {
  const m = last.startsWith(`${name}~`) ? /^~(\d+)$/.exec(last.slice(name.length)) : null;
  const from = (m ? Number(m[1]) : 1) + step;
  for (let k = from; ; k++) {
    const id = k === 1 ? name : `${name}~${k}`;
    if (await q.get('SELECT 1 FROM articles WHERE id = ?', [id])) continue;
    // `last` itself is taken back by the same story only.
    const own = step === 0 && k === from;
    if (own || !(await q.get('SELECT 1 FROM retired_names WHERE name = ?', [id]))) return id;
  }
}

// Whether `after` is still article `id`, which held `before` (at `seq`, while it is in the order). A
// placeholder ("TBD") written into a story is, unless a channel is past the placeholder: posted it, or
// went on without it (its topics did not take "TBD"). Then the story, at that place, would never reach it.
async function sameFile(
  q: SqlQueries,
  id: string,
  before: StoryFace,
  after: StoryFace,
  seq?: number,
): Promise<boolean> {
  if (!filledIn(before, after)) return sameStory(before, after);
  // Posted, or being posted now, to some channel: one indexed lookup (deliveries_article).
  const posted = await q.get<{ n: number }>(
    `SELECT 1 AS n FROM deliveries WHERE article_id = ? AND status IN ('sent', 'claimed') LIMIT 1`,
    [id],
  );
  if (posted !== undefined || seq === undefined) return posted === undefined;
  const past = await q.get<{ n: number }>('SELECT 1 AS n FROM subscriptions WHERE cursor >= ? LIMIT 1', [seq]);
  return past === undefined;
}
