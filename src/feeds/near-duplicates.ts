import { shingles } from '../article/same-story.js';
import type { ArticleRecord } from '../store/types.js';

/** Share of word triples two texts must have in common (Jaccard) to be one story. */
export const SAME_STORY = 0.35;
// Enough of the opening to recognise a story; the rest adds cost, not certainty.
const PREFIX_CHARS = 4000;

/**
 * Groups articles that tell the same story from different sources (agency copy reworded a little,
 * one wire story in two feeds): word-triple shingles of the opening text, Jaccard similarity, each
 * article joined to the first earlier story it matches. Keeps the order of `articles`.
 */
export function clusterStories(articles: ArticleRecord[]): ArticleRecord[][] {
  const stories: Array<{ members: ArticleRecord[]; shingles: Set<string> }> = [];
  for (const a of articles) {
    const sh = shingles(`${a.title ?? ''} ${a.text.slice(0, PREFIX_CHARS)}`);
    const home = stories.find(
      (s) =>
        s.members.every((m) => m.sourceId !== a.sourceId || a.kind === 'file') && jaccard(s.shingles, sh) >= SAME_STORY,
    );
    if (home) home.members.push(a);
    else stories.push({ members: [a], shingles: sh });
  }
  return stories.map((s) => s.members);
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}
