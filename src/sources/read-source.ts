import { fetchLimited, type Conditional } from './http.js';
import { looksLikeFeed, readFeed } from './feed.js';
import { looksLikeJsonFeed, readJsonFeed } from './json-feed.js';
import { extractPage, looksLikeHtml } from './page.js';
import { advertisedFeed, homePageError, isSiteRoot, withFeedHint } from './discover.js';
import { SUMMARY_CHARS, type FetchLimits, type SourceItem, type SourceRead } from './types.js';
import { SourceError } from '../errors.js';
import { htmlToText } from './html-text.js';

const FEED_TYPE = /^(?:application\/(?:rss|atom|rdf)\+xml|application\/xml|text\/xml)$/;
const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)$/;

/**
 * Fetches a source and reads it as a feed (RSS, Atom or JSON Feed) or as an article page, whichever the body is (servers
 * often label feeds text/html or text/plain, so the body decides and the content type only breaks
 * ties). `notModified` when the server answered 304 to the validators given. With `feedOnly` (a
 * source that was a feed) a web page is a failure, not an article. Throws SourceError.
 */
export async function readSource(
  url: string,
  limits: FetchLimits,
  cond?: Conditional,
  feedOnly = false,
): Promise<SourceRead | { notModified: true }> {
  const res = await fetchLimited(url, limits, cond);
  if (res.status === 304) return { notModified: true };
  const type = res.contentType.split(';')[0]?.trim() ?? '';
  const base = { etag: res.etag, lastModified: res.lastModified, finalUrl: res.finalUrl };
  if (looksLikeFeed(res.body) || (FEED_TYPE.test(type) && !looksLikeHtml(res.body))) {
    const feed = readFeed(res.body, res.finalUrl, limits.maxItems);
    return { kind: 'feed', title: feed.title, items: feed.items, total: feed.total, ...base };
  }
  if (looksLikeJsonFeed(res.body)) {
    const feed = readJsonFeed(res.body, res.finalUrl, limits.maxItems);
    return { kind: 'feed', title: feed.title, items: feed.items, total: feed.total, ...base };
  }
  if (feedOnly) throw notTheFeed(res.body, type);
  if (looksLikeHtml(res.body) || HTML_TYPE.test(type)) {
    // A source given as a web page is often the site's address where its feed's was meant: a home page
    // read as "an article" is a list of teasers, so it is refused, naming the feed the page advertises.
    const feed = advertisedFeed(res.body, res.finalUrl);
    if (isSiteRoot(url) || isSiteRoot(res.finalUrl)) throw homePageError(feed);
    let page: ReturnType<typeof extractPage>;
    try {
      page = extractPage(res.body, res.finalUrl);
    } catch (err) {
      throw withFeedHint(err, feed);
    }
    const { siteName, ...item } = page;
    return { kind: 'page', title: siteName, items: [item], total: 1, ...base };
  }
  throw new SourceError('content-type', `neither a feed nor a web page (content type ${type || 'not given'})`);
}

// A feed answering with a page is almost always a wall in front of it (sign-in, cookie consent, a bot
// check) sent with status 200: read as an article, it was posted to every channel as news.
function notTheFeed(body: string, type: string): SourceError {
  if (!looksLikeHtml(body) && !HTML_TYPE.test(type))
    return new SourceError('bad-feed', `no longer a feed (content type ${type || 'not given'})`);
  const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(body.slice(0, 100_000))?.[1];
  const named = title ? ` ("${htmlToText(title).trim()}")` : '';
  return new SourceError(
    'bad-feed',
    `answered with a web page${named} instead of its feed: a sign-in, consent or error page?`,
  );
}

/** Reads the article page at `url` with the same limits. Throws SourceError. */
export async function readPage(url: string, limits: FetchLimits): Promise<SourceItem> {
  const res = await fetchLimited(url, limits);
  if (res.status === 304) throw new SourceError('http', 'HTTP 304 to an unconditional request');
  const type = res.contentType.split(';')[0]?.trim() ?? '';
  if (!looksLikeHtml(res.body) && !HTML_TYPE.test(type))
    throw new SourceError('content-type', `not a web page (content type ${type || 'not given'})`);
  const { siteName: _site, ...item } = extractPage(res.body, res.finalUrl);
  return item;
}

/**
 * Feed items usually carry a summary only: for each item shorter than SUMMARY_CHARS that has a link,
 * the linked page is read (at most `limits.maxPages` pages) and its article replaces the summary when
 * it is longer. A page that fails keeps the summary; `onPageError` hears why.
 */
export async function withFullText(
  items: SourceItem[],
  limits: FetchLimits,
  onPageError: (item: SourceItem, err: unknown) => void = () => {},
): Promise<SourceItem[]> {
  let pages = 0;
  const out: SourceItem[] = [];
  for (const item of items) {
    if (item.text.length >= SUMMARY_CHARS || !item.url || pages >= limits.maxPages || limits.signal?.aborted) {
      out.push(item);
      continue;
    }
    pages++;
    try {
      const page = await readPage(item.url, limits);
      out.push(
        page.text.length > item.text.length
          ? { ...item, text: page.text, title: item.title ?? page.title, date: item.date ?? page.date }
          : item,
      );
    } catch (err) {
      onPageError(item, err);
      out.push(item);
    }
  }
  return out;
}
