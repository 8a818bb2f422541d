import { parseFeed } from '@rowanmanning/feed-parser';
import { htmlToText } from './html-text.js';
import { withoutTracking } from './keys.js';
import type { SourceItem } from './types.js';
import { SourceError } from '../errors.js';

/** A feed's title and its newest items. */
export interface FeedRead {
  title: string | null;
  /** Newest first, at most `maxItems`. */
  items: SourceItem[];
  /** Items in the feed before the cap. */
  total: number;
}

/** Whether a body looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, '');
  return /^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[\s\S]*?\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(
    head,
  );
}

/**
 * Items of an RSS 2.0, RSS 1.0 or Atom feed, parsed with @rowanmanning/feed-parser (lenient with the
 * feeds found in the wild, but it throws when nothing can be read). Newest first by their own date
 * (undated items keep feed order, after dated ones), capped at `maxItems`. Relative links resolve
 * against `baseUrl`. Throws SourceError('bad-feed').
 */
export function readFeed(xml: string, baseUrl: string, maxItems: number): FeedRead {
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    // The parser quotes the document around a syntax error ("Context: …"): untrusted text, left out.
    const why = (err instanceof Error ? err.message : String(err))
      .replace(/\s*Context:[\s\S]*$/, '')
      .split('\n')[0]
      ?.slice(0, 150);
    throw new SourceError('bad-feed', `not a readable RSS or Atom feed (${why})`);
  }
  // Each item's `url` resolves against the feed's link, which the parser looks up again among all
  // the feed's children at every call: quadratic on a feed of 50,000 items. Looked up once here.
  Object.defineProperty(feed, 'url', { value: feed.url });
  const all = feed.items;
  // Only the date of every item is read here; links and texts are read for the newest only.
  const dated: Array<{ order: number; time: number }> = [];
  for (const [order, it] of all.entries()) {
    try {
      const when = it.published ?? it.updated;
      dated.push({ order, time: when && !Number.isNaN(when.getTime()) ? when.getTime() : Number.NEGATIVE_INFINITY });
    } catch {
      // One malformed item (a date that throws, odd nesting) is skipped; the rest of the feed is read.
    }
  }
  dated.sort((a, b) => b.time - a.time || a.order - b.order);
  const newest: SourceItem[] = [];
  for (const { order, time } of dated.slice(0, maxItems)) {
    const it = all[order];
    if (!it) continue;
    try {
      const content = it.content ? htmlToText(it.content) : '';
      const summary = it.description ? htmlToText(it.description) : '';
      newest.push({
        guid: it.id?.trim().slice(0, 1000) || null,
        url: httpUrl(it.url, baseUrl),
        title: it.title ? htmlToText(it.title).replace(/\s+/g, ' ').slice(0, 300) || null : null,
        date: Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null,
        text: content.length >= summary.length ? content : summary,
      });
    } catch {
      // As above: a malformed item is skipped.
    }
  }
  const title = feed.title ? htmlToText(feed.title).replace(/\s+/g, ' ').slice(0, 100) || null : null;
  return { title, items: newest, total: all.length };
}

function httpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? withoutTracking(u.href) : null;
  } catch {
    return null;
  }
}
