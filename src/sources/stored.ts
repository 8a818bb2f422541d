import type { Article } from '../article/types.js';
import type { SourceStore, StoredArticle } from '../store/types.js';
import type { StoredArticleSource } from '../article/library.js';

/** A stored article as the rest of Herald sees it: the same Article as a file gives. */
export function toArticle(a: StoredArticle): Article {
  return { id: a.id, title: a.title, date: a.date, source: a.sourceName, url: a.url, text: a.text, keyDate: null };
}

/** The store's articles for ArticleLibrary: re-read only when the store's stamp changes. */
export function storedArticles(store: SourceStore): StoredArticleSource {
  return { stamp: () => store.articlesStamp(), list: () => store.listArticles().map(toArticle) };
}
