import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArticle, MAX_ARTICLE_BYTES } from './parse.js';
import { ArticleError, type Article } from './types.js';

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown']);

/** The article id for a file: its name without extension. */
export function articleId(path: string): string {
  return basename(path, extname(path));
}

/** Reads and parses one article file; ArticleError for a missing, unreadable or invalid file. */
export function readArticleFile(path: string): Article {
  const id = articleId(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new ArticleError('not-found', `${path}: not a file`);
    size = st.size;
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError('not-found', `${path}: no such file`);
  }
  if (size > MAX_ARTICLE_BYTES) throw new ArticleError('too-large', `${path}: larger than ${MAX_ARTICLE_BYTES / 1e6} MB`);
  return parseArticle(readFileSync(path, 'utf8'), id);
}

export interface ArticleListing {
  articles: Article[];
  /** Files that could not be read, with the reason: logged, never fatal. */
  errors: ArticleError[];
}

/** All articles in a folder, newest first (by date, then id). Bad files are reported, not thrown. */
export function listArticles(dir: string): ArticleListing {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return { articles: [], errors: [new ArticleError('not-found', `${dir}: no such folder`)] };
  }
  const articles: Article[] = [];
  const errors: ArticleError[] = [];
  for (const name of names) {
    if (!ARTICLE_EXT.has(extname(name).toLowerCase()) || name.startsWith('.')) continue;
    try {
      articles.push(readArticleFile(join(dir, name)));
    } catch (err) {
      errors.push(err instanceof ArticleError ? err : new ArticleError('not-found', `${name}: ${String(err)}`));
    }
  }
  return { articles: articles.sort(newestFirst), errors };
}

/** Newest first: by publication date, undated last, then by id descending. */
export function newestFirst(a: Article, b: Article): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
