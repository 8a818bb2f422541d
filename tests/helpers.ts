import type { Article } from '../src/article/types.js';

/** An article built in a test, with the publication date given. */
export function article(text: string, date: string | null = '2024-11-24', extra: Partial<Article> = {}): Article {
  return { id: 'test', title: null, date, source: null, url: null, text, keyDate: null, ...extra };
}
