import { httpUrl, itemText, titleText, type FeedRead } from './feed.js';
import { isoDay } from './page-date.js';
import type { SourceItem } from './types.js';
import { SourceError } from '../errors.js';

// JSON Feed (https://jsonfeed.org, versions 1 and 1.1): what micro.blog, many static-site generators
// and some news sites publish beside or instead of RSS. Told by its version field, not by the
// content type, which servers give as application/json, application/feed+json or text/plain.
const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;

/** Whether a body is a JSON Feed document (an object whose `version` names JSON Feed). */
export function looksLikeJsonFeed(body: string): boolean {
  const head = body
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('{') && /"version"\s*:\s*"https?:\\?\/\\?\/jsonfeed\.org/.test(head);
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * The items of a JSON Feed, newest first by `date_published` (else `date_modified`; undated items keep
 * feed order after dated ones), capped at `maxItems`, with links resolved against `baseUrl`. Throws
 * SourceError('bad-feed') for a document that is not JSON or not a JSON Feed.
 */
export function readJsonFeed(body: string, baseUrl: string, maxItems: number): FeedRead {
  let doc: unknown;
  try {
    doc = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    throw new SourceError('bad-feed', 'not a readable JSON Feed (the JSON is malformed or cut off)');
  }
  const feed = (doc ?? {}) as { version?: unknown; title?: unknown; items?: unknown };
  if (typeof feed.version !== 'string' || !VERSION.test(feed.version) || !Array.isArray(feed.items))
    throw new SourceError('bad-feed', 'not a readable JSON Feed (no JSON Feed version or no items list)');
  const all = feed.items.filter((it): it is Record<string, unknown> => typeof it === 'object' && it !== null);
  const timeOf = (it: Record<string, unknown>): number => {
    const t = Date.parse(str(it.date_published) ?? str(it.date_modified) ?? '');
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  const order = all.map((it, i) => ({ it, i, time: timeOf(it) })).sort((a, b) => b.time - a.time || a.i - b.i);
  const items: SourceItem[] = order.slice(0, maxItems).map(({ it }) => {
    const html = str(it.content_html);
    const content = html ? itemText(html) : (str(it.content_text) ?? '').trim();
    const summary = (str(it.summary) ?? '').trim();
    // The spec's id is a string (a number is common); anything else names no item: an object read as
    // "[object Object]" made every later such item look seen, and it was never stored.
    const id = typeof it.id === 'string' || typeof it.id === 'number' ? String(it.id).trim() : null;
    const title = str(it.title);
    return {
      guid: id ? id.slice(0, 1000) : null,
      url: httpUrl(str(it.url) ?? str(it.external_url), baseUrl),
      title: title ? titleText(title).slice(0, 300) || null : null,
      // The day as the feed wrote it ("2025-03-14T23:30:00-05:00" is the 14th), as for RSS and Atom.
      date: isoDay(str(it.date_published) ?? str(it.date_modified)),
      text: content.length >= summary.length ? content : summary,
    };
  });
  const title = str(feed.title);
  return { title: title ? titleText(title).slice(0, 100) || null : null, items, total: all.length };
}
