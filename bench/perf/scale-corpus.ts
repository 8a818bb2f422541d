/**
 * The articles of the scale section, made from the eval texts: article k is eval text k mod 119 under
 * its own id, title, date and URL (so its content hash, and its digest, are its own). Even k is a
 * Markdown file in digests/ (front matter: title, date, source, url), ingested by ArticleFiles; odd k is
 * a source article stored through SourceStore.commitFetch, spread over 20 sources. Dates spread over
 * the 30 days before the run (the default retention), later articles newer, as feeds deliver them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleFiles } from '../../src/library/files.js';
import type { SourceRecord, Store } from '../../src/store/types.js';
import type { EvalArticle } from './eval-text.js';

const SOURCES = 20;
// Source articles per commitFetch (one transaction each), as a busy feed's first fetch might bring.
const COMMIT_BATCH = 500;
const DAY_MS = 86_400_000;
// Articles added by hand (fresh()) number from here, apart from the generated ones.
const FRESH_BASE = 1_000_000;

export interface GeneratedArticle {
  k: number;
  id: string;
  title: string;
  date: string;
  url: string;
  text: string;
}

/** What growing the corpus by one step cost. */
export interface GrowStep {
  from: number;
  to: number;
  filesWritten: number;
  sourceArticles: number;
  writeMs: number;
  /** ArticleFiles.sync() over the whole folder, reading only the new files. */
  ingestMs: number;
  ingestCpuMs: number;
  commitMs: number;
}

export class Corpus {
  /** Articles generated so far (k = 0 … size - 1). */
  size = 0;
  /** Articles added by hand so far (k = FRESH_BASE …). */
  extra = 0;
  textBytes = 0;
  private sources: SourceRecord[] = [];
  private readonly start: number;

  constructor(
    private readonly evalArticles: readonly EvalArticle[],
    private readonly digests: string,
    /** The size the dates are spread for (the largest of the run). */
    private readonly span: number,
    now = new Date(),
  ) {
    this.start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 30 * DAY_MS;
  }

  article(
    k: number,
    date = new Date(this.start + Math.floor((k * 30) / this.span) * DAY_MS).toISOString().slice(0, 10),
  ): GeneratedArticle {
    const e = this.evalArticles[k % this.evalArticles.length];
    if (!e) throw new Error('no eval articles');
    const words = e.text.replace(/\s+/g, ' ').split(' ').slice(0, 10);
    const title = `${words.join(' ').replace(/[.,;:]+$/, '')} · ${k}`;
    const slug =
      words
        .slice(0, 3)
        .join('-')
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9-]+/g, '')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '') || 'article';
    return {
      k,
      id: `${date}-${slug}-${k}`,
      title,
      date,
      url: `https://news.example/${date}/${slug}-${k}`,
      text: e.text,
    };
  }

  /** The next article added by hand, dated today (counted in `total`); the caller writes its file. */
  fresh(): GeneratedArticle {
    const a = this.article(FRESH_BASE + this.extra++, new Date().toISOString().slice(0, 10));
    this.textBytes += Buffer.byteLength(a.text);
    return a;
  }

  /** The text of article k's file (Markdown with front matter). */
  fileText(a: GeneratedArticle): string {
    return `---\ntitle: ${JSON.stringify(a.title)}\ndate: ${a.date}\nsource: Bench Wire\nurl: ${a.url}\n---\n${a.text}\n`;
  }

  /** All articles, generated and added by hand. */
  get total(): number {
    return this.size + this.extra;
  }

  /** Generates articles until there are `to` in all: files written in one go and ingested by one pass, source articles in batches. */
  async grow(to: number, store: Store, files: ArticleFiles): Promise<GrowStep> {
    const from = this.total;
    const k0 = this.size;
    const made = Array.from({ length: Math.max(0, to - from) }, (_, i) => this.article(k0 + i));
    const t0 = performance.now();
    for (const a of made.filter((x) => x.k % 2 === 0))
      writeFileSync(join(this.digests, `${a.id}.md`), this.fileText(a));
    const t1 = performance.now();
    const c0 = process.cpuUsage();
    await files.sync();
    const c1 = process.cpuUsage(c0);
    const t2 = performance.now();
    const stored = made.filter((x) => x.k % 2 === 1);
    if (stored.length > 0) await this.commit(stored, store);
    const t3 = performance.now();
    this.size += made.length;
    for (const a of made) this.textBytes += Buffer.byteLength(a.text);
    return {
      from,
      to,
      filesWritten: made.length - stored.length,
      sourceArticles: stored.length,
      writeMs: Math.round(t1 - t0),
      ingestMs: Math.round(t2 - t1),
      ingestCpuMs: Math.round((c1.user + c1.system) / 1000),
      commitMs: Math.round(t3 - t2),
    };
  }

  private async commit(articles: GeneratedArticle[], store: Store): Promise<void> {
    const at = new Date().toISOString();
    if (this.sources.length === 0) {
      for (let s = 0; s < SOURCES; s++) {
        this.sources.push(
          await store.sources.addSource(
            {
              url: `https://feed${s}.example/rss`,
              name: `Bench feed ${s}`,
              everyMinutes: 30,
              origin: 'chat',
              addedBy: 'U0BENCH',
              addedAt: at,
              etag: null,
              lastModified: null,
              fetchedOnce: true,
              lastFetchAt: null,
              lastOkAt: null,
              lastError: null,
              failures: 0,
              nextFetchAt: '9999-12-31T00:00:00.000Z',
            },
            `bench-feed-${s}`,
          ),
        );
        // Followed by every community (as sources added before communities existed are), so every
        // command sees their articles, read through the per-community view.
        await store.sources.follow(this.sources[s]?.id ?? '', '*', 'U0BENCH', at);
      }
    }
    for (const [s, source] of this.sources.entries()) {
      const mine = articles.filter((a) => Math.floor(a.k / 2) % SOURCES === s);
      for (let i = 0; i < mine.length; i += COMMIT_BATCH) {
        const batch = mine.slice(i, i + COMMIT_BATCH);
        const ids = await store.sources.commitFetch({
          sourceId: source.id,
          at,
          etag: null,
          lastModified: null,
          nextFetchAt: '9999-12-31T00:00:00.000Z',
          name: null,
          seen: [],
          articles: batch.map((a) => ({
            article: {
              sourceId: source.id,
              sourceName: source.name,
              url: a.url,
              guid: a.url,
              title: a.title,
              date: a.date,
              text: a.text,
              createdAt: at,
            },
            idBase: a.id,
            keys: [`url:${a.url}`],
          })),
        });
        if (ids.length !== batch.length)
          throw new Error(`commitFetch stored ${ids.length} of ${batch.length} articles`);
      }
    }
  }
}
