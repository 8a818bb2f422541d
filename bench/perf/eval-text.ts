import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One CNN/Daily Mail article of the shared evaluation set, read at run time (never copied into the repo). */
export interface EvalArticle {
  id: string;
  text: string;
  date: string;
}

export const EVAL_FILE = join('summaries', 'cnndm_dev.jsonl');

/** Reads the eval articles from `dataDir` (the shared/eval checkout). */
export function loadEvalArticles(dataDir: string): EvalArticle[] {
  const path = join(dataDir, EVAL_FILE);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(
      `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)}); pass --data DIR pointing at shared/eval`,
    );
  }
  const out: EvalArticle[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { id: string; text: string; date?: string | null; archive_date?: string | null };
    out.push({ id: r.id, text: r.text.trim(), date: r.date ?? r.archive_date ?? '2015-04-01' });
  }
  if (out.length === 0) throw new Error(`${path} has no articles`);
  return out;
}

/**
 * A text of about `bytes` UTF-8 bytes made by joining eval articles in order (again from the first when
 * they run out), cut at the last space before the limit. `separator` '\n\n' keeps each article its own
 * paragraph; ' ' makes one long paragraph.
 */
export function joinedText(articles: readonly EvalArticle[], bytes: number, separator = '\n\n'): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes + 4096; i++) {
    const a = articles[i % articles.length];
    if (!a) break;
    parts.push(a.text);
    size += Buffer.byteLength(a.text) + separator.length;
  }
  const buf = Buffer.from(parts.join(separator));
  let text = buf
    .subarray(0, bytes)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  const cut = text.lastIndexOf(' ');
  if (cut > bytes * 0.9) text = text.slice(0, cut);
  return text;
}
