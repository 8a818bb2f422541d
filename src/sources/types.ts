import type { HostLookup } from './address.js';

/** Limits on every request to a source: all of them apply to each page fetched for a feed item too. */
export interface FetchLimits {
  /** The whole request, redirects and body included. */
  timeoutMs: number;
  /** Bytes of body read at most; a larger response is aborted. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Whether loopback, private and link-local addresses may be fetched (the CLI: yes; the bot: HERALD_SOURCES_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /**
   * The one URL the operator wrote in sources.json: fetched even when it is local. Only that URL:
   * its redirects and the item pages its feed links to get the same check as a URL added in chat.
   */
  trustedUrl: string | null;
  /** How host names are resolved (the system resolver when absent; tests inject one). */
  lookup?: HostLookup;
  /** Items read from one feed at most (the newest). */
  maxItems: number;
  /** Article pages fetched at most per fetch of a feed, for items that carry only a summary. */
  maxPages: number;
  /** Stops every request under way (the poller's stop). */
  signal?: AbortSignal;
}

/** One item of a feed, or the article on a page, before it is stored. */
export interface SourceItem {
  /** The feed's id for the item (guid / atom:id), or null. */
  guid: string | null;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, or null when neither the item nor its page says. */
  date: string | null;
  text: string;
}

/** What one fetch of a source gave: a feed's items (newest first) or one page's article. */
export interface SourceRead {
  kind: 'feed' | 'page';
  /** The feed's title or the page's site name. */
  title: string | null;
  items: SourceItem[];
  /** How many items the feed had before the cap. */
  total: number;
  etag: string | null;
  lastModified: string | null;
  /** The URL after redirects. */
  finalUrl: string;
}

/** The text below which a feed item is taken for a summary, and its page is read for the article. */
export const SUMMARY_CHARS = 600;
