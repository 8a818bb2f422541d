import { createHash } from 'node:crypto';

// Query parameters that only say where a click came from: the same article with or without them is one article.
const TRACKING = /^(?:utm_[a-z_]*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|ocid)$/i;

/**
 * A URL as a dedupe key: no fragment, no utm_* or click-id parameters, and no scheme (a feed that
 * moves from http to https links is not new news). Null when it is not a URL.
 */
export function normalizeUrl(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  const query = u.searchParams.toString();
  return `${u.host}${u.pathname}${query ? `?${query}` : ''}`;
}

/** A URL without its utm_* and click-id parameters: the link Herald stores and shows. */
export function withoutTracking(raw: string): string {
  try {
    const u = new URL(raw);
    for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
    return u.href;
  } catch {
    return raw;
  }
}

/** Hash of an article's text, insensitive to case, Unicode forms and whitespace. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()).digest('hex');
}

/** The keys an item is known by: its guid (per source), its normalized URL, and its text's hash. */
export function itemKeys(
  sourceId: string,
  item: { guid: string | null; url: string | null },
  hashes: string[],
): string[] {
  const keys: string[] = [];
  if (item.guid) keys.push(`guid:${sourceId}:${item.guid}`);
  const url = item.url ? normalizeUrl(item.url) : null;
  if (url) keys.push(`url:${url}`);
  for (const h of new Set(hashes)) keys.push(`hash:${h}`);
  return keys;
}

/**
 * The guid and URL keys that items of one fetch share with a different item: a feed that gives every
 * item the site's address as its guid, or links every item to one landing page. Such a key names no
 * one item, so it must neither make the next item look known nor be recorded. The same guid with the
 * same link is one item listed twice, and its keys stay.
 */
export function sharedKeys(sourceId: string, items: Array<{ guid: string | null; url: string | null }>): Set<string> {
  const urlsByGuid = new Map<string, Set<string>>();
  const guidsByUrl = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, other: string): void => {
    const seen = m.get(key) ?? new Set<string>();
    seen.add(other);
    m.set(key, seen);
  };
  for (const item of items) {
    const url = item.url ? normalizeUrl(item.url) : null;
    if (item.guid) add(urlsByGuid, `guid:${sourceId}:${item.guid}`, url ?? '');
    if (url) add(guidsByUrl, `url:${url}`, item.guid ?? '');
  }
  const shared = new Set<string>();
  for (const m of [urlsByGuid, guidsByUrl]) for (const [key, others] of m) if (others.size > 1) shared.add(key);
  return shared;
}

/**
 * Lower-case words joined by "-", at most `max` characters, cut at a word. Latin letters lose their
 * accents (é → e); other scripts are kept as they are, so a Cyrillic title still gives a readable id.
 */
export function slug(s: string, max = 50): string {
  const folded = [...s.normalize('NFC')]
    .map((ch) => {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      return /^[\x20-\x7e]*$/.test(base) ? base : ch;
    })
    .join('')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : folded.slice(0, max)).replace(/-+$/, '');
}

/** The readable id of a stored article: `YYYY-MM-DD-<slug of title>` (the store adds a hash suffix on collision). */
export function articleIdBase(date: string, title: string | null, text: string): string {
  const words = slug(title ?? text.split(/\s+/).slice(0, 8).join(' '));
  return `${date}-${words || 'article'}`;
}

// Path words that say a URL is a feed, not which one: `/politics/rss.xml` is told apart by `politics`.
const FEED_WORDS = new Set(['feed', 'feeds', 'rss', 'rss2', 'atom', 'xml', 'index', 'rdf']);

/**
 * Short ids for a source, best first: from its name, or its host (`bbc-world`, `example-com`), then
 * its host and path for a second feed of one site (`example-com-politics`). The store takes the
 * first one free.
 */
export function sourceIdBases(name: string | null, url: string): string[] {
  const fromName = name ? slug(name, 24) : '';
  if (fromName) return [fromName];
  try {
    const u = new URL(url);
    const host = slug(u.hostname.replace(/^www\./, ''), 24) || 'source';
    const words = u.pathname
      .replace(/\.[a-z0-9]{1,5}$/i, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !FEED_WORDS.has(w.toLowerCase()));
    const path = slug(words.join('-'), 24);
    return path ? [host, `${host}-${path}`] : [host];
  } catch {
    return ['source'];
  }
}
