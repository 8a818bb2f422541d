import type { ArticleRecord } from '../store/types.js';

/** A source as one community sees it: its id and the name its posts are credited to. */
export interface SeenSource {
  id: string;
  name: string | null;
}

/** Every source an article comes through: the one that stored it, then each that carries it too. */
export function sourcesOf(a: Pick<ArticleRecord, 'sourceId' | 'moreSources'>): string[] {
  return [...(a.sourceId === null ? [] : [a.sourceId]), ...(a.moreSources ?? [])];
}

/**
 * The article credited to a source the community sees. A story two feeds carry is stored once, by
 * the feed that had it first; when that feed is another community's, this community got the story
 * through a feed of its own, so that feed is named (which feeds another community follows is that
 * community's business, not this one's).
 * Unchanged when the community sees the feed that stored it, or none that carries it.
 */
export function creditedFor<T extends Pick<ArticleRecord, 'kind' | 'sourceId' | 'moreSources' | 'source'>>(
  a: T,
  seen: readonly SeenSource[],
): T {
  if (a.kind !== 'source' || !a.moreSources?.length || seen.some((s) => s.id === a.sourceId)) return a;
  const carrier = seen.find((s) => a.moreSources?.includes(s.id));
  return carrier ? { ...a, source: carrier.name ?? carrier.id } : a;
}

/**
 * The articles as `creditedFor` credits them for a community's channel; its sources are read only
 * when one of the articles is carried by more than one. `chosen` is the channel's own choice of
 * sources (null: all its community sees): a channel that takes only the carrier got the story
 * through it, so the feed that stored it, which that channel does not take, is not named.
 */
export async function creditedIn<T extends Pick<ArticleRecord, 'kind' | 'sourceId' | 'moreSources' | 'source'>>(
  articles: T[],
  community: string | null,
  sources: { visibleTo(community: string | null): Promise<readonly SeenSource[]> },
  chosen: readonly string[] | null = null,
): Promise<T[]> {
  if (!articles.some((a) => a.moreSources?.length)) return articles;
  const visible = await sources.visibleTo(community);
  const seen = chosen ? visible.filter((s) => chosen.includes(s.id)) : visible;
  return articles.map((a) => creditedFor(a, seen));
}
