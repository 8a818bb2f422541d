import { createHash } from 'node:crypto';
import type { Article } from './types.js';
import { fold } from './fold.js';

/**
 * The hash of everything a digest depends on: a changed hash is a new version of the article (and a
 * new digest); the same hash after a touch or a re-read is the same version.
 */
export function articleHash(a: Article): string {
  return createHash('sha256')
    .update(JSON.stringify([a.title, a.date, a.source, a.url, a.keyDate, a.text]))
    .digest('hex');
}

/** The folded forms an article is found by as someone types: its id, its id without the date, its title. */
export function searchKeys(a: Pick<Article, 'id' | 'title'>): { idFold: string; slugFold: string; titleFold: string } {
  const idFold = fold(a.id);
  return { idFold, slugFold: idFold.replace(/^\d{4}-\d{2}-\d{2}[-_ ]?/, ''), titleFold: fold(a.title ?? '').trim() };
}
