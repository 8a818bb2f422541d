import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import { parseArticle } from './parse.js';
import { MAX_ARTICLE_BYTES } from './limits.js';
import { decodeFile } from './decode.js';
import type { Article } from './types.js';
import { ArticleError } from '../errors.js';

/** The files in a folder that are articles. */
export const ARTICLE_EXT = new Set(['.txt', '.md', '.markdown']);

/** Whether a name in the folder is read as an article (hidden files and other extensions are not). */
export function isArticleName(name: string): boolean {
  return ARTICLE_EXT.has(extname(name).toLowerCase()) && !name.startsWith('.');
}

/** Whether a file is read as Markdown (by its extension). */
export function isMarkdownName(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name);
}

/** The article id for a file: its name without extension. */
export function articleId(path: string): string {
  return basename(path, extname(path));
}

/**
 * Reads and parses one article file named on the command line (the person running the CLI chose it,
 * so a link is followed). At most MAX_ARTICLE_BYTES are read, whatever size the file reports.
 * ArticleError for a missing, unreadable or invalid file.
 */
export function readArticleFile(path: string): Article {
  try {
    if (!statSync(path).isFile()) throw new ArticleError('not-found', `${path}: not a file`);
  } catch (err) {
    if (err instanceof ArticleError) throw err;
    throw new ArticleError('not-found', `${path}: no such file`);
  }
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(MAX_ARTICLE_BYTES + 1);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    if (n > MAX_ARTICLE_BYTES)
      throw new ArticleError(
        'too-large',
        `${path}: larger than ${MAX_ARTICLE_BYTES / 1e6} MB (Herald reads news articles: trim the file or split it)`,
      );
    return parseArticle(decodeFile(buf.subarray(0, n)), articleId(path), isMarkdownName(path));
  } finally {
    closeSync(fd);
  }
}

// Raised when parseArticle reads files differently (2: "Date: YYYY-MM-DD" lines, a leading
// "# Heading" as the title, a front-matter date with a time; 3: a date line after that heading; 4: after a plain title line;
// 5: dates written in words, "Published:" lines, a date line with a time, invisible characters dropped;
// 6: Markdown files read as the text they show; 7: UTF-16 and Windows-1252 files, a byline or blank
// lines before the date line, a date alone on its line; 8: an undated file's title set apart; 9: a date
// line labelled with a dash, "2025-1-5", a heading with no text under it, a title cut at 300 characters, TOML front matter skipped, empty front matter and blank fields), so
// that the index reads every file again once after an upgrade; an article that parses the same is
// unchanged.
const READER_VERSION = 9;

/** What the index remembers of a file to know whether to read it again: its mtime and size, and the reader's version. */
export function fileStamp(info: { mtimeMs: number; size: number }): string {
  return `${info.mtimeMs}:${info.size}:r${READER_VERSION}`;
}

/** An article read from the folder, with the stamp (mtime and size) it was read at. */
export interface FolderArticle {
  article: Article;
  stamp: string;
}

/**
 * Reads `name` from the articles folder, refusing what is not a regular file inside it: a link whose
 * target leaves the folder (`x.txt -> /etc/passwd`), a device, a FIFO, a folder. Bytes are capped as
 * they are read, so a file that reports size 0 (as /proc files do) cannot stream without end.
 */
export async function readFolderArticle(dir: string, name: string): Promise<FolderArticle> {
  const path = join(dir, name);
  let target = path;
  let info = await lstat(path).catch(() => null);
  if (!info) throw new ArticleError('not-found', `${name}: no such file`);
  // The entry's own stamp, as the folder scan sees it.
  const stamp = fileStamp(info);
  if (info.isSymbolicLink()) {
    const [real, root] = await Promise.all([realpath(path).catch(() => null), realpath(dir)]);
    if (!real?.startsWith(root + sep))
      throw new ArticleError('not-found', `${name}: a link to a file outside the articles folder is not read`);
    target = real;
    info = await stat(real);
  }
  if (!info.isFile()) throw new ArticleError('not-found', `${name}: not a regular file`);
  if (info.size > MAX_ARTICLE_BYTES)
    throw new ArticleError(
      'too-large',
      `${name}: larger than ${MAX_ARTICLE_BYTES / 1e6} MB (Herald reads news articles: trim the file or split it)`,
    );
  const handle = await open(target, 'r');
  try {
    const buf = Buffer.alloc(Math.min(MAX_ARTICLE_BYTES + 1, Math.max(info.size + 1, 64 * 1024)));
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > MAX_ARTICLE_BYTES) break;
        throw new ArticleError(
          'not-found',
          `${name}: the file grew while it was read; it is read again at the next change`,
        );
      }
      const { bytesRead } = await handle.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
    }
    if (n > MAX_ARTICLE_BYTES)
      throw new ArticleError(
        'too-large',
        `${name}: larger than ${MAX_ARTICLE_BYTES / 1e6} MB (Herald reads news articles: trim the file or split it)`,
      );
    return { article: parseArticle(decodeFile(buf.subarray(0, n)), articleId(name), isMarkdownName(name)), stamp };
  } finally {
    await handle.close();
  }
}
