import { parseHtml, type DomElement } from './dom.js';
import { SourceError } from '../errors.js';

const FEED_TYPE = /^application\/(?:rss|atom|rdf)\+xml$/i;
// A site's comments feed is named next to its news feed; it is never the one meant.
const COMMENTS = /comments?/i;

/**
 * The feed an HTML page names in its <head> (`<link rel="alternate" type="application/rss+xml">`),
 * as an absolute http(s) URL, or null. The first one that is not a comments feed.
 */
export function advertisedFeed(html: string, pageUrl: string): string | null {
  // Only the <head> is parsed: the page's body is parsed once more for its article.
  const end = html.search(/<\/head\s*>/i);
  let links: ArrayLike<DomElement>;
  try {
    links = parseHtml(end < 0 ? html : html.slice(0, end)).querySelectorAll('link[rel][href][type]');
  } catch {
    return null; // absurdly nested: the page's own reading says so
  }
  for (let i = 0; i < links.length; i++) {
    const el = links[i];
    const rel = (el?.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!el || !rel.includes('alternate') || !FEED_TYPE.test(el.getAttribute('type')?.trim() ?? '')) continue;
    const href = el.getAttribute('href') ?? '';
    if (COMMENTS.test(`${el.getAttribute('title') ?? ''} ${href}`)) continue;
    try {
      const u = new URL(href, pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {}
  }
  return null;
}

/** Whether a URL is a site's root ("https://example.com/"), which is its home page, never one article. */
export function isSiteRoot(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === '/' || u.pathname === '') && u.search === '';
  } catch {
    return false;
  }
}

/** The error for a home page given as a source: a list of stories, not one, so it says where the feed is. */
export function homePageError(feed: string | null): SourceError {
  return new SourceError(
    'no-article',
    feed
      ? `this is the site's home page, not a feed or an article; its feed is at ${feed}: add that URL instead`
      : "this is the site's home page, not a feed or an article, and it names no feed: add the feed's URL or an article's",
  );
}

/** A page's "no article" error with the feed the page names, so the person knows what to add instead. */
export function withFeedHint(err: unknown, feed: string | null): unknown {
  if (!feed || !(err instanceof SourceError) || err.code !== 'no-article') return err;
  return new SourceError(err.code, `${err.message}; the page names a feed: ${feed}`);
}
