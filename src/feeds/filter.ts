import type { ArticleMeta, ArticleRecord, Store, Subscription } from '../store/types.js';
import { describeTopics, matchTopics } from './topics.js';
import { sourcesOf } from '../library/credit.js';

/** The source id that stands for the articles folder in a channel's source list. */
export const FILES_SOURCE = 'files';

/** Whether a channel takes an article, and if not, why (for /status article:ID). */
export type Eligibility = { ok: true; matched: string[] } | { ok: false; why: string };

/**
 * What one channel takes: the sources it chose (or every source its community sees) and its topics.
 * Built once per fire; the source check needs no article text, the topic check reads it.
 */
export class FeedFilter {
  private constructor(
    private readonly sub: Subscription,
    private readonly sources: ReadonlySet<string>,
    private readonly visible: ReadonlySet<string>,
  ) {}

  static async for(sub: Subscription, store: Store): Promise<FeedFilter> {
    const visible = new Set((await store.sources.visibleTo(sub.community)).map((s) => s.id));
    visible.add(FILES_SOURCE);
    // A source the channel chose that its community no longer follows is not taken.
    const chosen = sub.sources ? new Set(sub.sources.filter((id) => visible.has(id))) : visible;
    return new FeedFilter(sub, chosen, visible);
  }

  /**
   * The source check alone: the source that stored it, or any other that carries it as news; where it
   * comes again through a carrier (`via`), that carrier only, so a channel that passed it does not get
   * an old story because another community's feed carries it now. A carrier that only lists it (an
   * older item of its first fetch) brings it to no channel: without the other feed it would not be
   * stored at all.
   */
  takesSource(a: Pick<ArticleMeta, 'kind' | 'sourceId' | 'moreSources' | 'listedBy' | 'via'>): boolean {
    if (a.via !== undefined) return this.sources.has(a.via);
    if (a.kind === 'file') return this.sources.has(FILES_SOURCE);
    return sourcesOf(a).some((id) => this.sources.has(id) && !a.listedBy?.includes(id));
  }

  get needsText(): boolean {
    return this.sub.topics !== null;
  }

  /** The whole check; `load` reads the article's text only when topics need it. */
  async check(
    a: Pick<ArticleMeta, 'kind' | 'sourceId' | 'moreSources' | 'listedBy' | 'via'>,
    load: () => Promise<ArticleRecord | null>,
  ): Promise<Eligibility> {
    if (!this.takesSource(a)) {
      const lister = a.via === undefined ? a.listedBy?.find((id) => this.sources.has(id)) : undefined;
      if (lister)
        return {
          ok: false,
          why: `it is an older item the source ${lister} listed at its first fetch: such items are listed, not posted`,
        };
      // Named only by the sources this community sees: another community's are not its business.
      const named = sourcesOf(a).filter((id) => this.visible.has(id));
      const from =
        a.kind === 'file'
          ? 'the articles folder'
          : named.length > 0
            ? `the source ${named.join(' or ')}`
            : 'a source this community does not follow';
      return {
        ok: false,
        why: `it comes from ${from}, which this channel does not take (${this.sub.sources ? `sources: ${this.sub.sources.join(', ')}` : 'its community does not follow it'})`,
      };
    }
    if (!this.sub.topics) return { ok: true, matched: [] };
    const full = await load();
    if (!full) return { ok: false, why: 'it is no longer in the index' };
    const v = matchTopics(this.sub.topics, full.title, full.text, full.hash);
    if (v.pass) return { ok: true, matched: v.matched };
    return {
      ok: false,
      why: v.blockedBy
        ? `it mentions "${v.blockedBy}", which this channel excludes`
        : `it matches none of this channel's topics (${describeTopics(this.sub.topics)})`,
    };
  }
}
