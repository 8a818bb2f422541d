import type { ArticleMeta, ArticleRecord, ArticleStore } from '../store/types.js';
import { buildDigest } from '../digest/index.js';
import type { DigestCore } from '../digest/types.js';
import { fold } from '../article/fold.js';
import type { ArticleFiles } from './files.js';
import { ArticleError, NO_ARTICLES_YET } from '../errors.js';
import { elidedEnds } from './elided-id.js';
import { creditedFor, sourcesOf, type SeenSource } from './credit.js';

/** Candidates an ambiguous id shows, and autocomplete's choices at most. */
const SHOWN = 5;

/**
 * The articles as commands and fires see them: files in `digests/` and items from news sources, one
 * index in the store. Every call is an indexed query, so its cost does not grow with the number of
 * articles. With `files`, an id the index does not have yet is looked for on disk before "not found".
 */
export class ArticleLibrary {
  // The sources whose items this view shows (files always), read once per view; none: every article.
  private visible: (() => Promise<readonly SeenSource[]>) | null = null;
  private seen: Promise<readonly SeenSource[]> | null = null;
  private sources: Promise<readonly string[]> | null = null;

  constructor(
    readonly dir: string,
    readonly store: ArticleStore,
    private readonly files: ArticleFiles | null = null,
  ) {}

  /**
   * The library as one community sees it: the article files and the items of `visible()`'s sources
   * (sources.json's and its own), so an article from a source another server or workspace added is
   * neither listed, suggested, nor shown to it; a story it shows is credited to one of those sources.
   */
  scopedTo(visible: () => Promise<readonly SeenSource[]>): ArticleLibrary {
    // A view over this very library (a subclass's methods included), with its own scope.
    const view = Object.create(this) as ArticleLibrary;
    view.visible = visible;
    view.seen = null;
    view.sources = null;
    return view;
  }

  /** The newest article (publication date, then id), or null when there is none. */
  async newest(): Promise<ArticleRecord | null> {
    const [top] = await this.store.newest(1, await this.scope());
    return top ? this.credited(await this.store.get(top.id)) : null;
  }

  /** The newest `limit` articles, with headline and key day (computed and kept for those that lack them). */
  async list(limit: number): Promise<ArticleMeta[]> {
    return this.summarised(await this.store.newest(limit, await this.scope()));
  }

  async count(): Promise<number> {
    return this.store.count(await this.scope());
  }

  /** Articles whose id, id without its date, or title starts with what was typed: for autocomplete. */
  async complete(typed: string, limit = 25): Promise<ArticleMeta[]> {
    return this.store.matching(typed, limit, await this.scope());
  }

  /**
   * An article by exact id (case ignored) or unambiguous start of its id or title; the newest when
   * `query` is empty. Throws ArticleError with a message that lists the candidates.
   */
  async resolve(query: string | undefined): Promise<ArticleRecord> {
    return (await this.credited(await this.find(query))) as ArticleRecord;
  }

  private async find(query: string | undefined): Promise<ArticleRecord> {
    if (query === undefined || query.trim() === '') {
      const newest = await this.newest();
      if (!newest) throw new ArticleError('not-found', NO_ARTICLES_YET);
      return newest;
    }
    const q = query.trim();
    // By id, or by the name of the file that holds it (`today` for `today~2`, a later story in today.md).
    const exact =
      (await this.shown(await this.store.get(q))) ?? (await this.store.byName(q)) ?? (await this.byFoldedId(q));
    if (exact) return exact;
    if (this.files && (await this.files.refreshId(q))) {
      const fresh = (await this.shown(await this.store.get(q))) ?? (await this.store.byName(q));
      if (fresh) return fresh;
    }
    const elided = await this.byElidedId(q);
    if (elided) return elided;
    // An edition's id (`today~2`, from an old post) is not the start of a later one (`today~21`): that
    // would answer with another story the file held since.
    const matches = (await this.store.matching(q, SHOWN + 1, await this.scope())).filter((m) => !laterEdition(q, m.id));
    const only = matches.length === 1 ? matches[0] : undefined;
    if (only) {
      const a = await this.store.get(only.id);
      if (a) return a;
    }
    const skipped = matches.length === 0 ? this.files?.whySkipped(q) : null;
    if (skipped)
      throw new ArticleError('not-found', `${skipped}. The file was skipped; it is read again when it changes.`);
    if (matches.length === 0) throw new ArticleError('not-found', await this.gone(q), ['articles']);
    const many = matches.length > SHOWN ? `more than ${SHOWN}` : String(matches.length);
    throw new ArticleError(
      'ambiguous',
      `"${query}" matches ${many} articles: ${matches
        .slice(0, SHOWN)
        .map((a) => a.id)
        .join(', ')}${matches.length > SHOWN ? ', …' : ''}`,
    );
  }

  /** The digest of an article (cached per version); its headline and key day are kept in the index. */
  digest(a: ArticleRecord): DigestCore {
    const d = buildDigest(a, a.hash);
    void this.store.setSummary(a.id, a.hash, d.headline, d.keyDate?.date ?? null).catch(() => {});
    return d;
  }

  // Why there is no article `q`: an edition of a file that holds another story now is said to be gone.
  private async gone(q: string): Promise<string> {
    const edition = /^(.+)~(\d+)$/.exec(q);
    const now = edition?.[1] ? await this.store.byName(edition[1]) : null;
    const at = now ? Number(/~(\d+)$/.exec(now.id)?.[1] ?? 1) : 0;
    return now && at > Number(edition?.[2])
      ? `"${q}" is no longer in the folder: its file holds a later story now, ${now.id}.`
      : `No article "${q}".`;
  }

  private async byFoldedId(q: string): Promise<ArticleRecord | null> {
    const f = fold(q);
    const hit = (await this.store.matching(q, SHOWN + 1, await this.scope())).find((m) => fold(m.id) === f);
    return hit ? this.store.get(hit.id) : null;
  }

  // An id autocomplete shortened to "head…tail" (see elideId): the one id with both ends.
  private async byElidedId(q: string): Promise<ArticleRecord | null> {
    const ends = elidedEnds(q);
    if (!ends) return null;
    const [head, tail] = [fold(ends.head), fold(ends.tail)];
    // Bounded: more than this many ids sharing a 69-character start is not a folder people keep.
    const hits = (await this.store.matching(ends.head, 200, await this.scope())).filter((m) => {
      const id = fold(m.id);
      return id.startsWith(head) && id.endsWith(tail) && id.length >= head.length + tail.length;
    });
    return hits.length === 1 && hits[0] ? this.store.get(hits[0].id) : null;
  }

  private scope(): Promise<readonly string[]> | undefined {
    const visible = this.visible;
    if (!visible) return undefined;
    this.seen ??= visible();
    this.sources ??= this.seen.then((seen) => seen.map((s) => s.id));
    return this.sources;
  }

  // The article credited to a source this view sees (see creditedFor).
  private async credited(a: ArticleRecord | null): Promise<ArticleRecord | null> {
    if (!a || !this.scope()) return a;
    return creditedFor(a, (await this.seen) ?? []);
  }

  // The article when this view shows it (a file, or an item of a source it sees), else null.
  private async shown(a: ArticleRecord | null): Promise<ArticleRecord | null> {
    const sources = await this.scope();
    if (!a || sources === undefined || a.kind === 'file') return a;
    return sourcesOf(a).some((id) => sources.includes(id)) ? a : null;
  }

  private async summarised(metas: ArticleMeta[]): Promise<ArticleMeta[]> {
    const out: ArticleMeta[] = [];
    for (const m of metas) {
      if (m.headline !== null) {
        out.push(m);
        continue;
      }
      const a = await this.store.get(m.id);
      if (!a) continue;
      const d = buildDigest(a, a.hash);
      await this.store.setSummary(a.id, a.hash, d.headline, d.keyDate?.date ?? null);
      out.push({ ...m, headline: d.headline, keyDay: d.keyDate?.date ?? null });
    }
    return out;
  }
}

// Whether `id` is a later edition of the file whose edition `q` names (`today~21` for `today~2`).
function laterEdition(q: string, id: string): boolean {
  return /~\d+$/.test(q) && fold(id).startsWith(fold(q)) && /^\d+$/.test(id.slice(q.length));
}
