import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readArticleFile, newestFirst } from './load.js';
import { ArticleError, type Article } from './types.js';

const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown']);

/** An article that could not be read, with the reason (logged once per file change). */
export interface ArticleProblem {
  file: string;
  message: string;
}

/** Articles kept elsewhere (the store's, taken from news sources), listed beside the files. */
export interface StoredArticleSource {
  /** Changes whenever the list does, so it is read again only then. */
  stamp(): string;
  list(): Article[];
}

/**
 * The articles in a folder, re-read when files change, so an article dropped into `digests/`
 * while the bot runs is seen without a restart. Files are parsed again only when their mtime or size changes.
 * With `stored`, the articles taken from news sources are listed too; a file wins over a stored article with its id.
 */
export class ArticleLibrary {
  private readonly cache = new Map<string, { stamp: string; article: Article | null; problem: string | null }>();
  private storedCache: { stamp: string; articles: Article[] } | null = null;

  constructor(
    readonly dir: string,
    private readonly onProblem: (p: ArticleProblem) => void = () => {},
    private readonly stored: StoredArticleSource | null = null,
  ) {}

  /** All readable articles, newest first. */
  list(): Article[] {
    const files = this.listFiles();
    const ids = new Set(files.map((a) => a.id));
    return [...files, ...this.listStored().filter((a) => !ids.has(a.id))].sort(newestFirst);
  }

  /** Whether an id is taken by a file (stored articles get another). */
  hasFile(id: string): boolean {
    return this.listFiles().some((a) => a.id === id);
  }

  private listFiles(): Article[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => ARTICLE_EXT.has(extname(n).toLowerCase()) && !n.startsWith('.'));
    } catch {
      return [];
    }
    const seen = new Set(names);
    for (const key of this.cache.keys()) if (!seen.has(key)) this.cache.delete(key);
    const out: Article[] = [];
    for (const name of names) {
      const a = this.read(name);
      if (a) out.push(a);
    }
    return out;
  }

  private listStored(): Article[] {
    if (!this.stored) return [];
    const stamp = this.stored.stamp();
    if (this.storedCache?.stamp !== stamp) this.storedCache = { stamp, articles: this.stored.list() };
    return this.storedCache.articles;
  }

  /** The newest article, or null when the folder has none. */
  newest(): Article | null {
    return this.list()[0] ?? null;
  }

  /**
   * An article by exact id or unambiguous id prefix; the newest when `query` is empty.
   * Throws ArticleError with a message that lists the candidates.
   */
  resolve(query: string | undefined): Article {
    const all = this.list();
    if (query === undefined || query.trim() === '') {
      const newest = all[0];
      if (!newest) throw new ArticleError('not-found', `there are no articles yet (add a file to ${this.dir}/)`);
      return newest;
    }
    const q = query.trim().toLowerCase();
    const exact = all.find((a) => a.id.toLowerCase() === q);
    if (exact) return exact;
    const matches = all.filter((a) => a.id.toLowerCase().startsWith(q) || (a.title ?? '').toLowerCase().startsWith(q));
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length === 0) throw new ArticleError('not-found', `no article "${query}" (the articles command lists them)`);
    throw new ArticleError('not-found', `"${query}" matches ${matches.length} articles: ${matches.slice(0, 5).map((a) => a.id).join(', ')}`);
  }

  private read(name: string): Article | null {
    const path = join(this.dir, name);
    let stamp: string;
    try {
      const st = statSync(path);
      stamp = `${st.mtimeMs}:${st.size}`;
    } catch {
      return null;
    }
    const hit = this.cache.get(name);
    if (hit && hit.stamp === stamp) return hit.article;
    try {
      const article = readArticleFile(path);
      this.cache.set(name, { stamp, article, problem: null });
      return article;
    } catch (err) {
      const message = err instanceof ArticleError ? err.message : String(err);
      this.cache.set(name, { stamp, article: null, problem: message });
      this.onProblem({ file: name, message });
      return null;
    }
  }
}
